package nl.stemmen.questionnaire.flow;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.stemmen.questionnaire.expression.EvaluationContext;
import nl.stemmen.questionnaire.expression.Expression;
import nl.stemmen.questionnaire.expression.Value;
import nl.stemmen.questionnaire.model.Choice;
import nl.stemmen.questionnaire.model.MatrixRow;
import nl.stemmen.questionnaire.model.Page;
import nl.stemmen.questionnaire.model.Question;
import nl.stemmen.questionnaire.model.QuestionType;
import nl.stemmen.questionnaire.model.Questionnaire;

/**
 * The one place that decides what applies to a respondent: which pages and questions are relevant
 * given the answers so far, where to go next, and which answers routing has made void.
 */
public final class Routing {

    private final Questionnaire questionnaire;
    private final ZonedDateTime now;
    private final ChoiceLabels labels;

    /** Routing on {@code today} (now() is its midnight UTC), choice labels in the file's language: for tests and previews of routing. */
    public Routing(Questionnaire questionnaire, LocalDate today) {
        this(questionnaire, today.atStartOfDay(ZoneOffset.UTC), ChoiceLabels.source(questionnaire));
    }

    /**
     * @param now    the moment of evaluation: now() in expressions, and today() its date
     * @param labels the choice labels in the respondent's language, for jr:choice-name()
     */
    public Routing(Questionnaire questionnaire, ZonedDateTime now, ChoiceLabels labels) {
        this.questionnaire = questionnaire;
        this.now = now;
        this.labels = labels;
    }

    /** {@code answers} as an expression sees them, with {@code current} as '.'. */
    public EvaluationContext context(Answers answers, Value current) {
        return answers.context(current, now, labels);
    }

    public boolean isRelevant(Page page, Answers answers) {
        return holds(page.relevant(), answers);
    }

    /** The questions of a page that are shown, in order; empty when the page itself is skipped. A calculate is never shown. */
    public List<Question> shownQuestions(Page page, Answers answers) {
        if (!isRelevant(page, answers)) {
            return List.of();
        }
        return page.questions().stream().filter(q -> q.type() != QuestionType.CALCULATE && applies(page, q, answers))
                .toList();
    }

    /**
     * A question applies when its condition holds. A condition on an answer on the same page waits
     * for that page to be submitted: until then the answer does not exist (not even as left empty),
     * so the question is left out rather than decided on an answer not yet given. It only waits for
     * a question that can still be answered on this page: one that is not shown is blank (XLSForm).
     */
    private boolean applies(Page page, Question question, Answers answers) {
        return state(page, question, answers) == State.SHOWN;
    }

    private enum State {
        SHOWN, WAITING, HIDDEN
    }

    /** A question whose choice_filter leaves no choice, or a matrix none of whose rows applies, is not relevant. */
    private State state(Page page, Question question, Answers answers) {
        State byCondition = stateByRelevant(page, question, answers);
        boolean offersNothing = shownChoices(question, answers).isEmpty() && question.choices() != null
                || question.type() == QuestionType.MATRIX && askedRows(question, answers).isEmpty();
        return byCondition == State.SHOWN && offersNothing ? State.HIDDEN : byCondition;
    }

    private State stateByRelevant(Page page, Question question, Answers answers) {
        if (question.relevant().isEmpty()) {
            return State.SHOWN;
        }
        boolean waits = question.relevant().get().references().stream()
                .anyMatch(ref -> answers.get(ref).isEmpty() && page.questions().stream()
                        // a calculate is computed, never typed: it has its value (or none) whenever the page is settled
                        .filter(other -> other != question && other.type() != QuestionType.CALCULATE
                                && other.variables().contains(ref))
                        .anyMatch(other -> state(page, other, answers) != State.HIDDEN));
        if (waits) {
            return State.WAITING;
        }
        return holds(question.relevant(), answers) ? State.SHOWN : State.HIDDEN;
    }

    /**
     * The choices a question offers: those its choice_filter holds for (bare words read the choice's name and
     * columns), all without one; empty for a question without choices. The filter looks at earlier pages only.
     */
    public List<Choice> shownChoices(Question question, Answers answers) {
        if (question.choices() == null) {
            return List.of();
        }
        if (question.choiceFilter().isEmpty()) {
            return question.choices().choices();
        }
        EvaluationContext context = context(answers, Value.EMPTY);
        return question.choices().choices().stream()
                .filter(choice -> question.choiceFilter().get().isTrue(forChoice(context, choice))).toList();
    }

    private static EvaluationContext forChoice(EvaluationContext answers, Choice choice) {
        return new EvaluationContext() {
            @Override
            public Value answer(String name) {
                return answers.answer(name);
            }

            @Override
            public Value currentValue() {
                return answers.currentValue();
            }

            @Override
            public LocalDate today() {
                return answers.today();
            }

            @Override
            public Value frameAttribute(String name) {
                return answers.frameAttribute(name);
            }

            @Override
            public ZonedDateTime now() {
                return answers.now();
            }

            @Override
            public String choiceLabel(String variable, String choiceName) {
                return answers.choiceLabel(variable, choiceName);
            }

            @Override
            public Value choiceField(String column) {
                String value = column.equals("name") ? choice.name() : choice.columns().get(column);
                return value == null ? Value.EMPTY : Value.ofString(value);
            }
        };
    }

    /** The rows of a matrix that are asked: those whose relevant holds (over earlier pages); empty for other questions. */
    public List<MatrixRow> askedRows(Question question, Answers answers) {
        return question.rows().stream().filter(row -> holds(row.relevant(), answers)).toList();
    }

    /** The variables a shown question asks for: a matrix's asked rows' ({@link #askedRows}), else all of its own. */
    public List<String> askedVariables(Question question, Answers answers) {
        return question.type() == QuestionType.MATRIX
                ? askedRows(question, answers).stream().map(question::rowVariable).toList()
                : question.variables();
    }

    /**
     * Whether a respondent whose current page is {@code current} may open or submit {@code page}:
     * the current page, and an earlier page as long as it still applies. Anything else leads to the current page.
     */
    public boolean reachable(Page page, Page current, Answers answers) {
        return page.name().equals(current.name())
                || questionnaire.pageIndex(page.name()) < questionnaire.pageIndex(current.name())
                        && !shownQuestions(page, answers).isEmpty();
    }

    /** Whether the page applies and holds a stored answer (even an empty one) to a question it shows: it was submitted before. */
    public boolean answeredBefore(Page page, Answers answers) {
        return shownQuestions(page, answers).stream()
                .anyMatch(q -> q.variables().stream().anyMatch(v -> answers.get(v).isPresent()));
    }

    public Optional<Page> first(Answers answers) {
        return nextFrom(0, answers);
    }

    public Optional<Page> next(Page page, Answers answers) {
        return nextFrom(questionnaire.pageIndex(page.name()) + 1, answers);
    }

    public Optional<Page> previous(Page page, Answers answers) {
        for (int i = questionnaire.pageIndex(page.name()) - 1; i >= 0; i--) {
            Page candidate = questionnaire.pages().get(i);
            if (!shownQuestions(candidate, answers).isEmpty()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A page is shown when it is relevant and at least one of its questions is. */
    private Optional<Page> nextFrom(int index, Answers answers) {
        List<Page> pages = questionnaire.pages();
        for (int i = index; i < pages.size(); i++) {
            if (!shownQuestions(pages.get(i), answers).isEmpty()) {
                return Optional.of(pages.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The answers without those to questions that are no longer relevant, and with every relevant
     * calculate's value computed afresh (none when the calculation is empty or no number). Expressions
     * only look back, so one pass in file order sees every earlier clearing and calculation. An answer
     * to a question that waits for its page to be submitted is kept until then: the page may yet show it again.
     */
    public Answers withoutIrrelevant(Answers answers) {
        Answers kept = answers;
        for (Page page : questionnaire.pages()) {
            boolean pageRelevant = isRelevant(page, kept);
            for (Question question : page.questions()) {
                if (question.type() == QuestionType.CALCULATE) {
                    // computed, never typed: it does not wait for its page, its relevance holds or not
                    kept = kept.without(question.variables());
                    if (pageRelevant && holds(question.relevant(), kept)) {
                        Value value = question.calculation().orElseThrow().evaluate(context(kept, Value.EMPTY));
                        kept = kept.with(Answer.calculated(question.name(), value).stream().toList());
                    }
                } else if (!pageRelevant || state(page, question, kept) == State.HIDDEN) {
                    kept = kept.without(question.variables());
                } else {
                    kept = kept.without(notOffered(question, kept));
                }
            }
        }
        return kept;
    }

    /**
     * The variables of a shown question whose answer is no longer on offer: a matrix row that no longer applies,
     * a choice that its choice_filter now leaves out (an earlier answer changed).
     */
    private List<String> notOffered(Question question, Answers answers) {
        List<String> asked = askedVariables(question, answers);
        List<String> shown = shownChoices(question, answers).stream().map(Choice::name).toList();
        return question.variables().stream().filter(variable -> !asked.contains(variable)
                || question.choiceFilter().isPresent() && answers.get(variable).map(Answer::choices)
                        .filter(chosen -> !shown.containsAll(chosen)).isPresent())
                .toList();
    }

    /**
     * Where the respondent is: step n of at most m. n counts the pages shown before this one, plus
     * this one; m adds every later page that may still apply. A later page is left out only when
     * the answers that skip it are final, i.e. all on pages before this one, so moving forward n
     * grows by one and m never grows: the bar only moves forward, and is full only on the last page.
     */
    public Progress progress(Page current, Answers answers) {
        List<Page> pages = questionnaire.pages();
        int index = questionnaire.pageIndex(current.name());
        Set<String> settled = new HashSet<>();
        int done = 0;
        for (Page page : pages.subList(0, index)) {
            page.questions().forEach(q -> settled.addAll(q.variables()));
            if (!shownQuestions(page, answers).isEmpty()) {
                done++;
            }
        }
        int ahead = 0;
        for (Page page : pages.subList(index + 1, pages.size())) {
            if (mayStillApply(page, answers, settled)) {
                ahead++;
            }
        }
        return new Progress(done + 1, done + 1 + ahead);
    }

    /** A page is skipped for good when the conditions that skip it only look at {@code settled} answers. */
    private boolean mayStillApply(Page page, Answers answers, Set<String> settled) {
        if (!shownQuestions(page, answers).isEmpty()) {
            return true;
        }
        if (!isRelevant(page, answers)) {
            return !dependsOnlyOn(page.relevant(), settled);
        }
        return page.questions().stream().filter(q -> q.type() != QuestionType.CALCULATE)
                .anyMatch(q -> !dependsOnlyOn(q.relevant(), settled)
                        || !dependsOnlyOn(q.choiceFilter(), settled)
                        || q.rows().stream().anyMatch(row -> !dependsOnlyOn(row.relevant(), settled)));
    }

    private static boolean dependsOnlyOn(Optional<Expression> condition, Set<String> variables) {
        return condition.map(c -> variables.containsAll(c.references())).orElse(true);
    }

    public boolean holds(Optional<Expression> condition, Answers answers) {
        return condition.map(c -> c.isTrue(context(answers, Value.EMPTY))).orElse(true);
    }

    public LocalDate today() {
        return now.toLocalDate();
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }
}
