package nl.stemmen.questionnaire.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.stemmen.questionnaire.model.Choice;
import nl.stemmen.questionnaire.model.Page;
import nl.stemmen.questionnaire.model.Question;
import nl.stemmen.questionnaire.model.QuestionType;

/**
 * Checks what a respondent submitted for one page: parses every shown question's input into a
 * typed answer, applies constraints and required, and finds questions that the new answers make
 * relevant on this same page (the page is then shown again, with them).
 */
public final class PageSubmission {

    /** The value a form sends for "I don't understand the question". */
    public static final String DONT_UNDERSTAND = "_dont_understand";

    private final Routing routing;
    private final TypedInput typedInput;
    private final boolean offersDontUnderstand;

    /** @param language the page's language, whose decimal mark numbers are read with */
    public PageSubmission(Routing routing, Locale language) {
        this.routing = routing;
        this.typedInput = new TypedInput(language);
        this.offersDontUnderstand = routing.questionnaire().dontUnderstand();
    }

    /**
     * @param shown the questions the respondent saw (the page as it was rendered)
     * @param form  the submitted values by input name
     */
    public Result submit(Page page, Answers stored, Set<String> shown, Map<String, List<String>> form) {
        List<Answer> given = new ArrayList<>();
        Map<String, InputProblem> problems = new LinkedHashMap<>();
        List<String> cleared = new ArrayList<>();
        List<Question> seen = page.questions().stream().filter(q -> shown.contains(q.name())).toList();
        for (Question question : seen) {
            for (String variable : routing.askedVariables(question, stored)) {
                Parsed<Answer> parsed = parse(question, variable, form.getOrDefault(variable, List.of()), stored);
                parsed.value().ifPresent(given::add);
                parsed.problem().ifPresent(problem -> problems.put(variable, problem));
            }
            // the text of "Other, namely" counts only with 'other' chosen; else it is cleared, not kept out of sight
            if (question.orOther() && !form.getOrDefault(question.name(), List.of()).contains(Choice.OTHER)) {
                given.removeIf(answer -> answer.variable().equals(question.otherVariable()));
                problems.remove(question.otherVariable());
                cleared.add(question.otherVariable());
            }
        }
        // calculations on this page and later ones see what was just given
        Answers merged = routing.withoutIrrelevant(stored.with(given).without(cleared));
        List<Question> nowShown = routing.shownQuestions(page, merged);
        // what was typed into a question that the same submit made void does not count
        problems.keySet().removeIf(variable -> nowShown.stream().noneMatch(q -> q.variables().contains(variable)));
        nowShown.stream().filter(q -> shown.contains(q.name()))
                .forEach(question -> check(question, merged).forEach(problems::putIfAbsent));
        List<Question> appeared = nowShown.stream().filter(q -> !shown.contains(q.name())).toList();
        List<Answer> valid = given.stream().filter(a -> !problems.containsKey(a.variable())).toList();
        return new Result(routing.withoutIrrelevant(stored.with(valid).without(cleared)), problems, appeared);
    }

    /** The problems of a page's shown questions with these answers: required without an answer, broken constraints. */
    public Map<String, InputProblem> check(Page page, Answers answers) {
        Map<String, InputProblem> problems = new LinkedHashMap<>();
        routing.shownQuestions(page, answers).forEach(question -> problems.putAll(check(question, answers)));
        return problems;
    }

    /**
     * Where a response that is about to complete is not complete yet, as JavaRosa checks at finalize:
     * the first page that applies with a problem (see {@link #check(Page, Answers)}), or empty.
     */
    public Optional<Page> firstIncomplete(Answers answers) {
        return routing.questionnaire().pages().stream().filter(page -> !check(page, answers).isEmpty()).findFirst();
    }

    private Map<String, InputProblem> check(Question question, Answers answers) {
        Map<String, InputProblem> problems = new LinkedHashMap<>();
        for (String variable : routing.askedVariables(question, answers)) {
            Optional<Answer> answer = answers.get(variable);
            boolean answered = answer.map(Answer::isAnswered).orElse(false);
            if (question.isOtherText(variable)) {
                boolean otherChosen = answers.get(question.name()).map(Answer::choices).orElse(List.of()).contains(Choice.OTHER);
                if (otherChosen && !answered) {
                    problems.put(variable, InputProblem.REQUIRED);
                }
                continue;
            }
            if (answered && question.constraint().isPresent()
                    && !question.constraint().get().isTrue(routing.context(answers, answer.get().value()))) {
                problems.put(variable, InputProblem.CONSTRAINT);
            }
            if (question.required() && answer.map(a -> a.status() == AnswerStatus.UNANSWERED).orElse(true)) {
                problems.put(variable, InputProblem.REQUIRED);
            }
        }
        return problems;
    }

    /** @param stored the answers before this submit: what a choice_filter looks at, and a decimal's earlier value */
    private Parsed<Answer> parse(Question question, String variable, List<String> raw, Answers stored) {
        List<String> values = raw.stream().map(TypedInput::clean).map(String::strip).filter(v -> !v.isEmpty()).toList();
        QuestionType type = question.type();
        if (question.isOtherText(variable)) {
            return values.isEmpty() ? Parsed.of(Answer.unanswered(variable, QuestionType.TEXT))
                    : typedInput.text(values.get(0)).map(t -> Answer.text(variable, t));
        }
        if (values.contains(DONT_UNDERSTAND)) {
            if (!offersDontUnderstand) {
                return Parsed.refused(InputProblem.NOT_A_CHOICE);
            }
            // an answer and "I don't understand" side by side: ask, rather than silently keep one of them
            return values.size() == 1 ? Parsed.of(Answer.dontUnderstand(variable, type))
                    : Parsed.refused(InputProblem.ANSWER_AND_DONT_UNDERSTAND);
        }
        if (values.isEmpty()) {
            return Parsed.of(Answer.unanswered(variable, type));
        }
        String first = values.get(0);
        Parsed<Answer> notAChoice = Parsed.refused(InputProblem.NOT_A_CHOICE);
        // a choice that the choice_filter leaves out is no choice, even when the list has it
        List<Choice> offered = routing.shownChoices(question, stored);
        boolean allOffered = values.stream().allMatch(v -> offered.stream().anyMatch(c -> c.name().equals(v)));
        return switch (type) {
            case SELECT_MULTIPLE -> {
                // stored in the order of the choice list, whatever order the browser sent
                List<Choice> chosen = offered.stream().filter(c -> values.contains(c.name())).toList();
                boolean exclusiveWithOther = chosen.size() > 1 && chosen.stream().anyMatch(Choice::exclusive);
                yield !allOffered ? notAChoice
                        : exclusiveWithOther ? Parsed.refused(InputProblem.EXCLUSIVE)
                        : Parsed.of(Answer.choices(variable, type, chosen.stream().map(Choice::name).toList()));
            }
            case SELECT_ONE, MATRIX -> values.size() == 1 && allOffered
                    ? Parsed.of(Answer.choices(variable, type, List.of(first)))
                    : notAChoice;
            case INTEGER -> typedInput.integer(first).map(n -> Answer.number(variable, type, n));
            case DECIMAL -> typedInput.decimal(first, stored.get(variable).map(Answer::number).orElse(null))
                    .map(n -> Answer.number(variable, type, n));
            case RANGE -> typedInput.decimal(first, null).value().filter(question.range()::offers)
                    .map(n -> Parsed.of(Answer.number(variable, type, n))).orElse(notAChoice);
            case DATE -> typedInput.date(first).map(d -> Answer.date(variable, d));
            case TEXT -> typedInput.text(first).map(t -> Answer.text(variable, t));
            case NOTE, CALCULATE -> notAChoice;
        };
    }

    /**
     * @param answers  all answers after this submission, valid ones only, with those made void by routing removed
     * @param problems by variable; empty when the page is complete
     * @param appeared questions that became relevant on this page through what was just submitted
     */
    public record Result(Answers answers, Map<String, InputProblem> problems, List<Question> appeared) {

        public boolean accepted() {
            return problems.isEmpty() && appeared.isEmpty();
        }

        /** The same result without "this question needs an answer": what leaving the page without Next still checks. */
        public Result withoutRequiredProblems() {
            Map<String, InputProblem> typedWrongly = new LinkedHashMap<>(problems);
            typedWrongly.values().removeIf(problem -> problem == InputProblem.REQUIRED);
            return new Result(answers, typedWrongly, appeared);
        }
    }

}
