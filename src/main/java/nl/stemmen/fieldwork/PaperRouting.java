package nl.stemmen.fieldwork;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.stemmen.questionnaire.expression.Expression;
import nl.stemmen.questionnaire.expression.Value;
import nl.stemmen.questionnaire.flow.Answer;
import nl.stemmen.questionnaire.flow.Answers;
import nl.stemmen.questionnaire.flow.Routing;
import nl.stemmen.questionnaire.model.Choice;
import nl.stemmen.questionnaire.model.Page;
import nl.stemmen.questionnaire.model.Question;
import nl.stemmen.questionnaire.model.QuestionType;
import nl.stemmen.questionnaire.model.Questionnaire;

/**
 * A questionnaire's routing written out for paper, decided by evaluating the questionnaire's own conditions (so it
 * says what the web pages do, not a second reading of the expressions). Questions get numbers 1, 2, … in file
 * order (notes and calculates none, a matrix one). Two kinds of instruction:
 * <ul>
 * <li>a condition ({@code relevant} of a question or its page) that reads one select question becomes "Only if you
 * answered A or B to question 3": the choices are those for which the condition holds with only that choice given;
 * for a select_multiple this is written only when the condition is exactly "any of these ticked" (checked with all
 * the other choices ticked, and with every choice ticked). Any other condition on earlier questions becomes "Only if
 * this fits your answer to question 3, 5". Conditions on the sample frame only get no instruction (who fills in on
 * paper answers them; the entry screen applies them);</li>
 * <li>a select_one choice after which the next questions do not apply gets "go to question 14" (or "go to the end"):
 * walking on from the question while each next question's conditions read only that question.</li>
 * </ul>
 */
public final class PaperRouting {

    private final Questionnaire questionnaire;
    private final Routing routing;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final List<Question> numbered = new ArrayList<>();

    /** @param today the day conditions with {@code today()} are read on (the day of printing) */
    public PaperRouting(Questionnaire questionnaire, LocalDate today) {
        this.questionnaire = questionnaire;
        this.routing = new Routing(questionnaire, today);
        // a calculate is never asked: no number, as a note
        questionnaire.questions().filter(q -> q.type() != QuestionType.NOTE && q.type() != QuestionType.CALCULATE).forEach(q -> {
            numbered.add(q);
            numbers.put(q.name(), numbered.size());
        });
    }

    /** The question's number on paper; empty for a note. */
    public Optional<Integer> number(Question question) {
        return Optional.ofNullable(numbers.get(question.name()));
    }

    /** An instruction that a question or page applies only after some answers. */
    public sealed interface Condition {
        /** Only if question {@code number} was answered with one of {@code choices} (in list order). */
        record OnlyIf(int number, Question question, List<Choice> choices) implements Condition {
        }

        /** Only if it fits the answers to these questions (numbers ascending). */
        record Depends(List<Integer> numbers) implements Condition {
        }
    }

    /** The instruction a page's own condition needs; empty when it has none or reads only the frame. */
    public Optional<Condition> condition(Page page) {
        return page.relevant().flatMap(this::condition);
    }

    /** The instruction a question's own condition needs (its page's is separate); empty when none. */
    public Optional<Condition> condition(Question question) {
        return question.relevant().flatMap(this::condition);
    }

    private Optional<Condition> condition(Expression relevant) {
        List<Question> read = relevant.references().stream().map(this::question).flatMap(Optional::stream).toList();
        if (read.isEmpty()) {
            return Optional.empty();
        }
        if (read.size() == 1 && isSelect(read.get(0)) && number(read.get(0)).isPresent()) {
            Question source = read.get(0);
            Optional<List<Choice>> choices = choicesThatHold(relevant, source);
            if (choices.isPresent()) {
                return Optional.of(new Condition.OnlyIf(number(source).get(), source, choices.get()));
            }
        }
        List<Integer> sources = read.stream().map(this::number).flatMap(Optional::stream).distinct().sorted().toList();
        return sources.isEmpty() ? Optional.empty() : Optional.of(new Condition.Depends(sources));
    }

    /**
     * Where each choice of a select_one sends the reader when the questions right after it do not apply: choice
     * name to the number of the next question that does, or to 0 for the end. Choices that go on with the next
     * question are left out.
     */
    public Map<String, Integer> goTo(Question question) {
        Map<String, Integer> jumps = new LinkedHashMap<>();
        if (question.type() != QuestionType.SELECT_ONE || number(question).isEmpty()) {
            return jumps;
        }
        int from = number(question).get();
        for (Choice choice : question.choices().choices()) {
            Answers answers = Answers.of(List.of(Answer.choices(question.name(), question.type(), List.of(choice.name()))));
            int skipped = 0;
            Integer target = null;
            for (int n = from + 1; n <= numbered.size(); n++) {
                Question next = numbered.get(n - 1);
                Optional<Boolean> shown = shownWithOnly(next, question, answers);
                if (shown.isEmpty()) {
                    break; // depends on more than this question: the next question's own instruction says it
                }
                if (shown.get()) {
                    target = n;
                    break;
                }
                skipped++;
            }
            if (skipped > 0 && (target != null || from + skipped == numbered.size())) {
                jumps.put(choice.name(), target == null ? 0 : target);
            }
        }
        return jumps;
    }

    /** Whether {@code next} applies given only {@code source}'s answer; empty when its conditions read anything else. */
    private Optional<Boolean> shownWithOnly(Question next, Question source, Answers answers) {
        Page page = questionnaire.page(next.page()).orElseThrow();
        // the page's condition first: a page skipped is skipped whatever its questions' own conditions read
        for (Optional<Expression> relevant : List.of(page.relevant(), next.relevant())) {
            if (relevant.isEmpty() || relevant.get().references().isEmpty()) {
                continue; // no condition, or one on the frame only: it applies on paper
            }
            if (!Set.of(source.name()).containsAll(relevant.get().references())) {
                return Optional.empty();
            }
            if (!relevant.get().isTrue(routing.context(answers, Value.EMPTY))) {
                return Optional.of(false);
            }
        }
        return Optional.of(true);
    }

    /**
     * The choices for which {@code relevant} holds with only that choice given; for a select_multiple, empty unless
     * it is exactly "any of these": false with all other choices ticked, true with every choice ticked.
     */
    private Optional<List<Choice>> choicesThatHold(Expression relevant, Question source) {
        List<Choice> holding = new ArrayList<>();
        for (Choice choice : source.choices().choices()) {
            if (holds(relevant, source, List.of(choice.name()))) {
                holding.add(choice);
            }
        }
        if (holding.isEmpty() || holding.size() == source.choices().choices().size()) {
            return Optional.empty(); // never or always: not something to tick
        }
        if (source.type() == QuestionType.SELECT_MULTIPLE) {
            Set<String> others = new LinkedHashSet<>();
            source.choices().choices().stream().filter(c -> !holding.contains(c)).forEach(c -> others.add(c.name()));
            List<String> all = source.choices().choices().stream().map(Choice::name).toList();
            if (holds(relevant, source, List.copyOf(others)) || !holds(relevant, source, all)) {
                return Optional.empty();
            }
        }
        return Optional.of(holding);
    }

    private boolean holds(Expression relevant, Question source, List<String> chosen) {
        Answers answers = Answers.of(List.of(Answer.choices(source.name(), source.type(), chosen)));
        return relevant.isTrue(routing.context(answers, Value.EMPTY));
    }

    private Optional<Question> question(String name) {
        return questionnaire.questions().filter(q -> q.name().equals(name)).findFirst();
    }

    private static boolean isSelect(Question question) {
        return question.type() == QuestionType.SELECT_ONE || question.type() == QuestionType.SELECT_MULTIPLE;
    }
}
