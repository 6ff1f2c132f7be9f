package nl.stemmen.questionnaire.flow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.stemmen.questionnaire.expression.Expression;
import nl.stemmen.questionnaire.expression.Value;
import nl.stemmen.questionnaire.model.Page;
import nl.stemmen.questionnaire.model.Question;
import nl.stemmen.questionnaire.model.Questionnaire;

/**
 * The one place that decides what applies to a respondent: which pages and questions are relevant
 * given the answers so far, where to go next, and which answers routing has made void.
 */
public final class Routing {

    private final Questionnaire questionnaire;
    private final LocalDate today;

    public Routing(Questionnaire questionnaire, LocalDate today) {
        this.questionnaire = questionnaire;
        this.today = today;
    }

    public boolean isRelevant(Page page, Answers answers) {
        return holds(page.relevant(), answers);
    }

    /** The questions of a page that are shown, in order; empty when the page itself is skipped. */
    public List<Question> shownQuestions(Page page, Answers answers) {
        if (!isRelevant(page, answers)) {
            return List.of();
        }
        return page.questions().stream().filter(q -> applies(page, q, answers)).toList();
    }

    /**
     * A question applies when its condition holds. A condition on an answer on the same page waits
     * for that page to be submitted: until then the answer does not exist (not even as left empty),
     * so the question is left out rather than decided on an answer not yet given.
     */
    private boolean applies(Page page, Question question, Answers answers) {
        if (question.relevant().isEmpty()) {
            return true;
        }
        boolean waitsForThisPage = question.relevant().get().references().stream()
                .anyMatch(ref -> answers.get(ref).isEmpty() && page.questions().stream()
                        .anyMatch(other -> other.variables().contains(ref)));
        return !waitsForThisPage && holds(question.relevant(), answers);
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
     * The answers without those to questions that are no longer relevant. Expressions only look
     * back, so one pass in file order sees every earlier clearing.
     */
    public Answers withoutIrrelevant(Answers answers) {
        Answers kept = answers;
        for (Page page : questionnaire.pages()) {
            boolean pageRelevant = isRelevant(page, kept);
            for (Question question : page.questions()) {
                if (!pageRelevant || !applies(page, question, kept)) {
                    kept = kept.without(question.variables());
                }
            }
        }
        return kept;
    }

    /** Where the respondent is: the page's number among the pages that apply given the answers so far. */
    public Progress progress(Page current, Answers answers) {
        List<Page> shown = new ArrayList<>();
        for (Page page : questionnaire.pages()) {
            if (page == current || !shownQuestions(page, answers).isEmpty()) {
                shown.add(page);
            }
        }
        return new Progress(shown.indexOf(current) + 1, shown.size());
    }

    public boolean holds(Optional<Expression> condition, Answers answers) {
        return condition.map(c -> c.isTrue(answers.context(Value.EMPTY, today))).orElse(true);
    }

    public LocalDate today() {
        return today;
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }
}
