package nl.stemmen.questionnaire.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    public static final int MAX_TEXT_LENGTH = 2000;

    private final Routing routing;
    private final boolean offersDontUnderstand;

    public PageSubmission(Routing routing) {
        this.routing = routing;
        this.offersDontUnderstand = routing.questionnaire().dontUnderstand();
    }

    /**
     * @param shown the questions the respondent saw (the page as it was rendered)
     * @param form  the submitted values by input name
     */
    public Result submit(Page page, Answers stored, Set<String> shown, Map<String, List<String>> form) {
        List<Answer> given = new ArrayList<>();
        Map<String, InputProblem> problems = new LinkedHashMap<>();
        List<Question> seen = page.questions().stream().filter(q -> shown.contains(q.name())).toList();
        for (Question question : seen) {
            for (String variable : question.variables()) {
                List<String> raw = form.getOrDefault(variable, List.of());
                parse(question, variable, raw, offersDontUnderstand)
                        .ifPresentOrElse(given::add, () -> problems.put(variable, problemOf(question)));
            }
        }
        Answers merged = stored.with(given);
        List<Question> nowShown = routing.shownQuestions(page, merged);
        // what was typed into a question that the same submit made void does not count
        problems.keySet().removeIf(variable -> nowShown.stream().noneMatch(q -> q.variables().contains(variable)));
        for (Question question : nowShown) {
            if (!shown.contains(question.name())) {
                continue;
            }
            for (String variable : question.variables()) {
                merged.get(variable).ifPresent(answer -> {
                    if (answer.isAnswered() && question.constraint().isPresent()
                            && !question.constraint().get().isTrue(merged.context(answer.value(), routing.today()))) {
                        problems.putIfAbsent(variable, InputProblem.CONSTRAINT);
                    }
                    if (question.required() && answer.status() == AnswerStatus.UNANSWERED) {
                        problems.putIfAbsent(variable, InputProblem.REQUIRED);
                    }
                });
            }
        }
        List<Question> appeared = nowShown.stream().filter(q -> !shown.contains(q.name())).toList();
        List<Answer> valid = given.stream().filter(a -> !problems.containsKey(a.variable())).toList();
        return new Result(routing.withoutIrrelevant(stored.with(valid)), problems, appeared);
    }

    private static Optional<Answer> parse(Question question, String variable, List<String> raw, boolean offersDontUnderstand) {
        List<String> values = raw.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        QuestionType type = question.type();
        if (values.contains(DONT_UNDERSTAND)) {
            return offersDontUnderstand ? Optional.of(Answer.dontUnderstand(variable, type)) : Optional.empty();
        }
        if (values.isEmpty()) {
            return Optional.of(Answer.unanswered(variable, type));
        }
        String first = values.get(0);
        return switch (type) {
            case SELECT_MULTIPLE -> {
                boolean allKnown = values.stream().allMatch(v -> question.choices().choice(v).isPresent());
                // stored in the order of the choice list, whatever order the browser sent
                List<String> ordered = question.choices().choices().stream().map(c -> c.name())
                        .filter(values::contains).toList();
                yield allKnown ? Optional.of(Answer.choices(variable, type, ordered)) : Optional.empty();
            }
            case SELECT_ONE, MATRIX -> values.size() == 1 && question.choices().choice(first).isPresent()
                    ? Optional.of(Answer.choices(variable, type, List.of(first)))
                    : Optional.empty();
            case INTEGER -> TypedInput.integer(first).map(n -> Answer.number(variable, type, n));
            case DECIMAL -> TypedInput.decimal(first).map(n -> Answer.number(variable, type, n));
            case DATE -> TypedInput.date(first).map(d -> Answer.date(variable, d));
            case TEXT -> first.length() <= MAX_TEXT_LENGTH ? Optional.of(Answer.text(variable, first)) : Optional.empty();
            case NOTE -> Optional.empty();
        };
    }

    private static InputProblem problemOf(Question question) {
        return switch (question.type()) {
            case INTEGER -> InputProblem.NOT_AN_INTEGER;
            case DECIMAL -> InputProblem.NOT_A_NUMBER;
            case DATE -> InputProblem.NOT_A_DATE;
            case TEXT -> InputProblem.TOO_LONG;
            default -> InputProblem.NOT_A_CHOICE;
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
