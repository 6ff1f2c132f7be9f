package nl.stemmen.questionnaire.flow;

import static nl.stemmen.questionnaire.flow.FlowFixture.answers;
import static nl.stemmen.questionnaire.flow.FlowFixture.integer;
import static nl.stemmen.questionnaire.flow.FlowFixture.one;
import static nl.stemmen.questionnaire.flow.FlowFixture.page;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.stemmen.questionnaire.model.Page;
import nl.stemmen.questionnaire.model.Question;
import nl.stemmen.questionnaire.model.QuestionType;
import nl.stemmen.questionnaire.model.Questionnaire;

/** Which pages and questions apply, where next and back go, progress, and which answers routing voids. */
class RoutingTest {

    private final Routing routing = FlowFixture.routing();

    private static final Answers NONE = answers();
    private static final Answers WERK_JA = answers(one("werk", "ja"));
    private static final Answers WERK_NEE = answers(one("werk", "nee"));
    private static final Answers WERK_ZEG_NIET = answers(one("werk", "wil_niet_zeggen"));

    @Test
    void nextSkipsPagesThatDoNotApply() {
        // answers, from page, expected next (null = end of questionnaire)
        Object[][] table = {
                { NONE, "start", "over_u" }, // baan: page condition false; zoeken: its only question not relevant
                { WERK_JA, "start", "baan" },
                { WERK_JA, "baan", "over_u" }, // zoeken skipped
                { WERK_NEE, "start", "zoeken" }, // baan skipped by its page condition
                { WERK_NEE, "zoeken", "over_u" },
                { WERK_ZEG_NIET, "start", "over_u" }, // both skipped
                { WERK_JA, "over_u", "einde" }, // a page with only a note is shown
                { WERK_JA, "einde", null },
        };
        for (Object[] row : table) {
            Optional<Page> next = routing.next(page((String) row[1]), (Answers) row[0]);
            assertEquals(Optional.ofNullable((String) row[2]), next.map(Page::name), "next from " + row[1]);
        }
    }

    @Test
    void previousSkipsPagesThatDoNotApply() {
        Object[][] table = {
                { WERK_JA, "over_u", "baan" },
                { WERK_NEE, "over_u", "zoeken" },
                { WERK_ZEG_NIET, "over_u", "start" },
                { WERK_JA, "baan", "start" },
                { WERK_JA, "start", null },
        };
        for (Object[] row : table) {
            Optional<Page> previous = routing.previous(page((String) row[1]), (Answers) row[0]);
            assertEquals(Optional.ofNullable((String) row[2]), previous.map(Page::name), "previous from " + row[1]);
        }
    }

    @Test
    void firstIsTheFirstPageThatApplies() {
        assertEquals("start", routing.first(NONE).orElseThrow().name());
        Questionnaire dated = FlowFixture.load("""
                id: datum
                version: 1
                language: nl
                title: Datum
                pages:
                  - name: vanaf_2025
                    relevant: today() >= '2025-01-01'
                    questions:
                      - {name: nieuw, type: text, label: Nieuw}
                  - name: altijd
                    questions:
                      - {name: oud, type: text, label: Oud}
                """);
        assertEquals("altijd", new Routing(dated, LocalDate.of(2024, 12, 31)).first(NONE).orElseThrow().name());
        assertEquals("vanaf_2025", new Routing(dated, LocalDate.of(2025, 1, 1)).first(NONE).orElseThrow().name());
    }

    @Test
    void pageRelevance() {
        assertFalse(routing.isRelevant(page("baan"), NONE));
        assertTrue(routing.isRelevant(page("baan"), WERK_JA));
        assertFalse(routing.isRelevant(page("baan"), WERK_NEE));
        assertTrue(routing.isRelevant(page("zoeken"), NONE), "no page condition");
        assertEquals(List.of(), names(routing.shownQuestions(page("baan"), WERK_NEE)),
                "a skipped page shows nothing, not even its unconditional questions");
    }

    @Test
    void questionRelevance() {
        // answers, page, expected shown questions
        Object[][] table = {
                { NONE, "start", List.of("werk") },
                { WERK_NEE, "start", List.of("werk") },
                { WERK_JA, "start", List.of("werk", "uren") },
                { answers(one("werk", "ja"), integer("uren", 16)), "start", List.of("werk", "uren", "meer_uren") },
                { answers(one("werk", "ja"), integer("uren", 24)), "start", List.of("werk", "uren") },
                { WERK_JA, "baan", List.of("contract") },
                { answers(one("werk", "ja"), integer("uren", 16), one("meer_uren", "nee")), "baan",
                        List.of("contract", "tevreden") },
                { WERK_NEE, "zoeken", List.of("zoekt_werk") },
                { WERK_JA, "zoeken", List.of() },
                { NONE, "over_u", List.of("talen", "geboren", "gewicht", "opmerking", "stelling") },
                { NONE, "einde", List.of("bedankt") },
        };
        for (Object[] row : table) {
            assertEquals(row[2], names(routing.shownQuestions(page((String) row[1]), (Answers) row[0])),
                    row[1] + " with " + row[0]);
        }
    }

    @Test
    void unansweredIsNotRelevantForComparisons() {
        // ${uren} < 24 is false while uren is unanswered (XPath: '' is NaN), so meer_uren stays hidden
        assertEquals(List.of("werk", "uren"), names(routing.shownQuestions(page("start"), WERK_JA)));
    }

    @Test
    void conditionOnTheSamePageWaitsUntilThatAnswerIsSubmitted() {
        Questionnaire q = FlowFixture.load("""
                id: wacht
                version: 1
                language: nl
                title: Wacht
                pages:
                  - name: a
                    questions:
                      - {name: werk, type: select_one jn, label: Werk}
                      - {name: waarom_niet, type: text, label: Waarom niet, relevant: "${werk} != 'ja'"}
                  - name: b
                    questions:
                      - {name: later, type: text, label: Later, relevant: "${werk} != 'ja'"}
                choices:
                  jn:
                    - {name: ja, label: Ja}
                    - {name: nee, label: Nee}
                """);
        Routing r = new Routing(q, FlowFixture.TODAY);
        Page a = q.page("a").orElseThrow();
        Page b = q.page("b").orElseThrow();
        // not yet submitted: left out on its own page, although '' != 'ja' holds; decided as usual elsewhere
        assertEquals(List.of("werk"), names(r.shownQuestions(a, NONE)));
        assertEquals(List.of("later"), names(r.shownQuestions(b, NONE)));
        // submitted, even left empty: decided on the answer
        Answers leftEmpty = answers(Answer.unanswered("werk", QuestionType.SELECT_ONE));
        assertEquals(List.of("werk", "waarom_niet"), names(r.shownQuestions(a, leftEmpty)));
        assertEquals(List.of("werk"), names(r.shownQuestions(a, answers(one("werk", "ja")))));
    }

    /** XLSForm: a question that is not shown is blank, so a condition on it being empty holds. */
    @Test
    void aHiddenQuestionIsEmptyForLaterConditionsOnItsPage() {
        Questionnaire q = FlowFixture.load("""
                id: auto
                version: 1
                language: nl
                title: Auto
                pages:
                  - name: p1
                    questions:
                      - {name: auto, type: select_one jn, label: Auto, required: true}
                  - name: p2
                    questions:
                      - {name: merk, type: text, label: Merk, relevant: "${auto} = 'ja'"}
                      - {name: vervoer, type: text, label: Vervoer, relevant: "${merk} = ''"}
                choices:
                  jn:
                    - {name: ja, label: Ja}
                    - {name: nee, label: Nee}
                """);
        Routing r = new Routing(q, FlowFixture.TODAY);
        Page p1 = q.page("p1").orElseThrow();
        Page p2 = q.page("p2").orElseThrow();
        Answers nee = answers(one("auto", "nee"));
        assertEquals(List.of("vervoer"), names(r.shownQuestions(p2, nee)), "merk is hidden, so blank");
        assertEquals(Optional.of("p2"), r.next(p1, nee).map(Page::name));
        Answers vervoer = nee.with(List.of(Answer.text("vervoer", "fiets")));
        assertEquals(List.of("auto", "vervoer"), variables(r.withoutIrrelevant(vervoer)), "its answer is kept");
        // with a car, merk is shown and vervoer waits for what is typed into it
        Answers ja = answers(one("auto", "ja"));
        assertEquals(List.of("merk"), names(r.shownQuestions(p2, ja)));
        assertEquals(List.of("merk", "vervoer"),
                names(r.shownQuestions(p2, ja.with(List.of(Answer.unanswered("merk", QuestionType.TEXT))))));
        assertEquals(List.of("merk"), names(r.shownQuestions(p2, ja.with(List.of(Answer.text("merk", "Fiat"))))));
        // back on p1 the respondent now has a car: vervoer waits for merk, and keeps its answer until then
        Answers changed = vervoer.with(List.of(one("auto", "ja")));
        assertEquals(List.of("auto", "vervoer"), variables(r.withoutIrrelevant(changed)));
        assertEquals(List.of("auto", "merk"), variables(r.withoutIrrelevant(changed.with(List.of(Answer.text("merk", "Fiat")))))
                .stream().sorted().toList());
    }

    @Test
    void aQuestionWaitsForOneThatIsItselfWaitingOnThatPage() {
        Questionnaire q = FlowFixture.load("""
                id: keten
                version: 1
                language: nl
                title: Keten
                pages:
                  - name: a
                    questions:
                      - {name: werk, type: select_one jn, label: Werk}
                      - {name: waar, type: text, label: Waar, relevant: "${werk} = 'ja'"}
                      - {name: thuis, type: text, label: Thuis, relevant: "${waar} = ''"}
                choices:
                  jn:
                    - {name: ja, label: Ja}
                    - {name: nee, label: Nee}
                """);
        Routing r = new Routing(q, FlowFixture.TODAY);
        Page a = q.page("a").orElseThrow();
        // waar may still appear once werk is submitted, so thuis cannot be decided yet
        assertEquals(List.of("werk"), names(r.shownQuestions(a, NONE)));
        // werk = nee: waar will not come, so it is blank and thuis applies
        assertEquals(List.of("werk", "thuis"), names(r.shownQuestions(a, answers(one("werk", "nee")))));
        assertEquals(List.of("werk", "waar"), names(r.shownQuestions(a, answers(one("werk", "ja")))));
    }

    @Test
    void reachableIsTheCurrentPageOrAnEarlierOneThatStillApplies() {
        assertTrue(routing.reachable(page("over_u"), page("over_u"), WERK_NEE));
        assertTrue(routing.reachable(page("start"), page("over_u"), WERK_NEE));
        assertTrue(routing.reachable(page("zoeken"), page("over_u"), WERK_NEE));
        assertFalse(routing.reachable(page("baan"), page("over_u"), WERK_NEE), "skipped by routing");
        assertFalse(routing.reachable(page("einde"), page("over_u"), WERK_NEE), "ahead");
    }

    @Test
    void progressCountsThePagesThatMayStillApply() {
        // answers, current page, number, count
        Object[][] table = {
                // baan and zoeken depend on werk, not answered yet: both may still come
                { NONE, "start", 1, 5 },
                { WERK_JA, "start", 1, 5 }, // werk is on this page: not final until the respondent moves on
                { WERK_JA, "baan", 2, 4 }, // start, baan, over_u, einde: zoeken is out for good
                { WERK_NEE, "zoeken", 2, 4 }, // start, zoeken, over_u, einde
                { WERK_ZEG_NIET, "over_u", 2, 3 }, // start, over_u, einde
                { WERK_JA, "einde", 4, 4 },
        };
        for (Object[] row : table) {
            Progress progress = routing.progress(page((String) row[1]), (Answers) row[0]);
            assertEquals(new Progress((int) row[2], (int) row[3]), progress, "on " + row[1] + " with " + row[0]);
        }
        assertEquals(67, new Progress(2, 3).percent());
        assertEquals(20, new Progress(1, 5).percent(), "the first page is a step too");
        assertEquals(100, new Progress(4, 4).percent(), "full on the last page");
    }

    /** Ticking options made "step 2 of 8" become "2 of 10"; now the count only shrinks going forward. */
    @Test
    void progressNeverMovesBackWhileTheRespondentMovesForward() {
        List<List<Answer>> routes = List.of(
                List.of(one("werk", "ja"), integer("uren", 16), one("meer_uren", "nee"), one("contract", "vast"),
                        one("tevreden", "ja")),
                List.of(one("werk", "ja"), integer("uren", 30), one("contract", "vast")),
                List.of(one("werk", "nee"), one("zoekt_werk", "ja")),
                List.of(one("werk", "wil_niet_zeggen")));
        for (List<Answer> route : routes) {
            Answers given = NONE;
            Optional<Page> page = routing.first(given);
            Progress before = null;
            while (page.isPresent()) {
                Page current = page.get();
                // on the page, then again with each answer of this page given (a page that comes back)
                List<Progress> onPage = new java.util.ArrayList<>(List.of(routing.progress(current, given)));
                for (Answer answer : route) {
                    if (current.questions().stream().anyMatch(q -> q.variables().contains(answer.variable()))) {
                        given = given.with(List.of(answer));
                        onPage.add(routing.progress(current, given));
                    }
                }
                for (Progress progress : onPage) {
                    assertEquals(onPage.get(0), progress, "answers on " + current.name() + " do not change its progress");
                }
                Progress now = onPage.get(0);
                if (before != null) {
                    assertEquals(before.number() + 1, now.number(), "one step further on " + current.name());
                    assertTrue(now.count() <= before.count(), "the count never grows: " + before + " then " + now);
                    assertTrue(now.percent() > before.percent(), "the bar moves forward: " + before + " then " + now);
                }
                before = now;
                page = routing.next(current, given);
            }
            assertEquals(before.count(), before.number(), "the last page is step n of n: " + route);
            assertEquals(100, before.percent());
        }
    }

    @Test
    void withoutIrrelevantKeepsWhatStillApplies() {
        Answers all = answers(one("werk", "ja"), integer("uren", 16), one("meer_uren", "nee"),
                one("contract", "vast"), one("tevreden", "ja"),
                Answer.choices("talen", QuestionType.SELECT_MULTIPLE, List.of("nl")));
        assertEquals(variables(all), variables(routing.withoutIrrelevant(all)));
    }

    @Test
    void withoutIrrelevantClearsInChainsAfterAnEarlierAnswerChanges() {
        // werk changed from ja to nee: uren no longer applies; clearing uren makes meer_uren (uren < 24)
        // irrelevant, which clears tevreden (meer_uren = 'nee'); contract goes with its skipped page
        Answers changed = answers(one("werk", "nee"), integer("uren", 16), one("meer_uren", "nee"),
                one("contract", "vast"), one("tevreden", "ja"),
                Answer.choices("talen", QuestionType.SELECT_MULTIPLE, List.of("nl")));
        assertEquals(List.of("werk", "talen"), variables(routing.withoutIrrelevant(changed)));
    }

    @Test
    void withoutIrrelevantClearsAChainStartingMidPage() {
        // uren changed from 16 to 30: meer_uren (uren < 24) and, through it, tevreden are cleared
        Answers changed = answers(one("werk", "ja"), integer("uren", 30), one("meer_uren", "nee"),
                one("contract", "vast"), one("tevreden", "ja"));
        assertEquals(List.of("werk", "uren", "contract"), variables(routing.withoutIrrelevant(changed)));
    }

    @Test
    void withoutIrrelevantClearsEveryRowOfAnIrrelevantMatrix() {
        Questionnaire q = FlowFixture.load("""
                id: m
                version: 1
                language: nl
                title: M
                pages:
                  - name: a
                    questions:
                      - {name: doen, type: select_one jn, label: Doen}
                      - name: m
                        type: matrix jn
                        label: M
                        relevant: ${doen} = 'ja'
                        rows:
                          - {name: r1, label: R1}
                          - {name: r2, label: R2}
                choices:
                  jn:
                    - {name: ja, label: Ja}
                    - {name: nee, label: Nee}
                """);
        Answers stored = answers(one("doen", "nee"), Answer.choices("m_r1", QuestionType.MATRIX, List.of("ja")),
                Answer.choices("m_r2", QuestionType.MATRIX, List.of("nee")));
        assertEquals(List.of("doen"), variables(new Routing(q, FlowFixture.TODAY).withoutIrrelevant(stored)));
    }

    @Test
    void holdsAndToday() {
        assertAll(
                () -> assertTrue(routing.holds(Optional.empty(), NONE), "no condition holds"),
                () -> assertTrue(routing.holds(page("baan").relevant(), WERK_JA)),
                () -> assertFalse(routing.holds(page("baan").relevant(), WERK_NEE)),
                () -> assertEquals(FlowFixture.TODAY, routing.today()));
    }

    private static List<String> names(List<Question> questions) {
        return questions.stream().map(Question::name).toList();
    }

    private static List<String> variables(Answers answers) {
        return answers.all().stream().map(Answer::variable).toList();
    }
}
