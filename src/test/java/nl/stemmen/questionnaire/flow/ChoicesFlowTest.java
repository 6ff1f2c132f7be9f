package nl.stemmen.questionnaire.flow;

import static nl.stemmen.questionnaire.flow.FlowFixture.answers;
import static nl.stemmen.questionnaire.flow.FlowFixture.form;
import static nl.stemmen.questionnaire.flow.FlowFixture.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.stemmen.questionnaire.flow.PageSubmission.Result;
import nl.stemmen.questionnaire.model.Choice;
import nl.stemmen.questionnaire.model.Page;
import nl.stemmen.questionnaire.model.Question;
import nl.stemmen.questionnaire.model.QuestionType;
import nl.stemmen.questionnaire.model.Questionnaire;

/**
 * The engine's side of the XLSForm features real forms use: which choices a choice_filter offers,
 * which matrix rows apply, exclusive options, the text of "Other, namely" and a range's numbers.
 */
class ChoicesFlowTest {

    private static final Questionnaire Q = FlowFixture.load("""
            id: keuzes
            version: 1
            language: nl
            title: K
            pages:
              - name: a
                questions:
                  - {name: land, type: select_one land, label: L}
                  - {name: gedaan, type: select_multiple activiteit, label: G}
              - name: b
                questions:
                  - {name: provincie, type: select_one provincie, label: P, choice_filter: "land = ${land}"}
                  - {name: favoriet, type: select_one activiteit, label: F, choice_filter: "selected(${gedaan}, name)"}
                  - name: oordeel
                    type: matrix activiteit
                    label: O
                    rows:
                      - {name: sport, label: S, relevant: "selected(${gedaan}, 'sport')"}
                      - {name: koken, label: K, relevant: "selected(${gedaan}, 'koken')"}
              - name: c
                questions:
                  - {name: hulp, type: select_multiple hulp or_other, label: H}
                  - {name: cijfer, type: range, label: C, parameters: start=0 end=10 step=2, required: true}
            choices:
              land:
                - {name: nl, label: NL}
                - {name: be, label: BE}
                - {name: de, label: DE}
              provincie:
                - {name: utrecht, label: U, land: nl}
                - {name: antwerpen, label: A, land: be}
              activiteit:
                - {name: sport, label: S}
                - {name: koken, label: K}
              hulp:
                - {name: familie, label: F}
                - {name: niemand, label: N, exclusive: true}
            """);

    private final Routing routing = new Routing(Q, FlowFixture.TODAY);
    private final PageSubmission submission = new PageSubmission(routing, Locale.forLanguageTag("nl"));

    private static Question question(String name) {
        return Q.questions().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
    }

    private static Page page(String name) {
        return Q.page(name).orElseThrow();
    }

    private static Answer many(String variable, String... choices) {
        return Answer.choices(variable, QuestionType.SELECT_MULTIPLE, List.of(choices));
    }

    private List<String> offered(String question, Answers answers) {
        return routing.shownChoices(question(question), answers).stream().map(Choice::name).toList();
    }

    @Test
    void aChoiceFilterOffersTheChoicesItHoldsFor() {
        assertEquals(List.of("utrecht"), offered("provincie", answers(one("land", "nl"))));
        assertEquals(List.of("antwerpen"), offered("provincie", answers(one("land", "be"))));
        assertEquals(List.of("koken"), offered("favoriet", answers(many("gedaan", "koken"))));
        assertEquals(List.of("familie", "niemand", "other"), offered("hulp", answers()), "no filter: all, other last");
    }

    @Test
    void aQuestionWithNoChoiceLeftAndAMatrixWithNoRowLeftAreNotShown() {
        Answers germanNothingDone = answers(one("land", "de"), many("gedaan"));
        assertEquals(List.of(), routing.shownQuestions(page("b"), germanNothingDone));
        assertEquals(Optional.of(page("c")), routing.next(page("a"), germanNothingDone));
        Answers dutchSport = answers(one("land", "nl"), many("gedaan", "sport"));
        assertEquals(List.of("provincie", "favoriet", "oordeel"),
                routing.shownQuestions(page("b"), dutchSport).stream().map(Question::name).toList());
        assertEquals(List.of("oordeel_sport"), routing.askedVariables(question("oordeel"), dutchSport));
    }

    @Test
    void aFilteredOutChoiceAndARowNotAskedAreNotTaken() {
        Answers stored = answers(one("land", "nl"), many("gedaan", "sport"));
        Result result = submission.submit(page("b"), stored, Set.of("provincie", "favoriet", "oordeel"),
                form("provincie", "antwerpen", "favoriet", "sport", "oordeel_sport", "sport", "oordeel_koken", "koken"));
        assertEquals(Map.of("provincie", InputProblem.NOT_A_CHOICE), result.problems());
        assertFalse(result.answers().get("oordeel_koken").isPresent(), "a row that does not apply is not stored");
    }

    @Test
    void aStoredChoiceThatTheFilterNoLongerOffersIsCleared() {
        Answers changed = answers(one("land", "be"), many("gedaan", "koken"), one("provincie", "utrecht"),
                Answer.choices("oordeel_sport", QuestionType.MATRIX, List.of("sport")));
        Answers kept = routing.withoutIrrelevant(changed);
        assertFalse(kept.get("provincie").isPresent(), "utrecht is not in Belgium");
        assertFalse(kept.get("oordeel_sport").isPresent(), "no sport any more");
    }

    @Test
    void anExclusiveOptionGoesAlone() {
        Result both = submission.submit(page("c"), answers(), Set.of("hulp", "cijfer"),
                form("hulp", "familie", "hulp", "niemand", "cijfer", "4"));
        assertEquals(Map.of("hulp", InputProblem.EXCLUSIVE), both.problems());
        Result alone = submission.submit(page("c"), answers(), Set.of("hulp", "cijfer"), form("hulp", "niemand", "cijfer", "4"));
        assertTrue(alone.accepted());
    }

    @Test
    void theOtherTextIsNeededWithOtherAndClearedWithout() {
        Result missing = submission.submit(page("c"), answers(), Set.of("hulp", "cijfer"), form("hulp", "other", "cijfer", "4"));
        assertEquals(Map.of("hulp_other", InputProblem.REQUIRED), missing.problems());
        Result given = submission.submit(page("c"), answers(), Set.of("hulp", "cijfer"),
                form("hulp", "other", "hulp_other", "Buren", "cijfer", "4"));
        assertTrue(given.accepted());
        assertEquals(Optional.of(Answer.text("hulp_other", "Buren")), given.answers().get("hulp_other"));
        Result without = submission.submit(page("c"), given.answers(), Set.of("hulp", "cijfer"),
                form("hulp", "familie", "hulp_other", "Buren", "cijfer", "4"));
        assertTrue(without.accepted());
        assertFalse(without.answers().get("hulp_other").isPresent());
    }

    @Test
    void aRangeTakesOnlyItsOwnNumbers() {
        Result four = submission.submit(page("c"), answers(), Set.of("hulp", "cijfer"), form("cijfer", "4"));
        assertEquals(Optional.of(Answer.number("cijfer", QuestionType.RANGE, new BigDecimal("4"))), four.answers().get("cijfer"));
        assertEquals(4.0, four.answers().get("cijfer").orElseThrow().value().asNumber());
        Result five = submission.submit(page("c"), answers(), Set.of("hulp", "cijfer"), form("cijfer", "5"));
        assertEquals(Map.of("cijfer", InputProblem.NOT_A_CHOICE), five.problems(), "steps of 2");
        Result none = submission.submit(page("c"), answers(), Set.of("hulp", "cijfer"), form());
        assertEquals(Map.of("cijfer", InputProblem.REQUIRED), none.problems());
    }
}
