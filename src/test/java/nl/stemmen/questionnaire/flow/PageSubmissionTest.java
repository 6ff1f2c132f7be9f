package nl.stemmen.questionnaire.flow;

import static nl.stemmen.questionnaire.flow.FlowFixture.answers;
import static nl.stemmen.questionnaire.flow.FlowFixture.form;
import static nl.stemmen.questionnaire.flow.FlowFixture.integer;
import static nl.stemmen.questionnaire.flow.FlowFixture.one;
import static nl.stemmen.questionnaire.flow.FlowFixture.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.stemmen.questionnaire.flow.PageSubmission.Result;
import nl.stemmen.questionnaire.model.Question;
import nl.stemmen.questionnaire.model.QuestionType;
import nl.stemmen.questionnaire.model.Questionnaire;

/** What one submitted page becomes: typed answers, input problems, and questions that appeared on the same page. */
class PageSubmissionTest {

    private static final Set<String> OVER_U = Set.of("talen", "geboren", "gewicht", "opmerking", "stelling");

    private final PageSubmission submission = new PageSubmission(FlowFixture.routing(), Locale.forLanguageTag("nl"));

    // ---------------------------------------------------------------------------------------------
    // Same-page conditions
    // ---------------------------------------------------------------------------------------------

    @Test
    void answerThatMakesAQuestionOnTheSamePageRelevantBringsThePageBack() {
        Result result = submit("start", answers(), Set.of("werk"), form("werk", "ja"));
        assertEquals(List.of("uren"), names(result.appeared()));
        assertEquals(Map.of(), result.problems(), "uren is required, but was not shown yet");
        assertFalse(result.accepted());
        assertEquals(Optional.of(one("werk", "ja")), result.answers().get("werk"), "the answer is kept");
    }

    @Test
    void sameConditionOnTheReturnedPage() {
        Answers stored = answers(one("werk", "ja"));
        // uren 16 makes meer_uren (uren < 24) appear; uren 30 does not
        Result sixteen = submit("start", stored, Set.of("werk", "uren"), form("werk", "ja", "uren", "16"));
        assertEquals(List.of("meer_uren"), names(sixteen.appeared()));
        assertFalse(sixteen.accepted());

        Result thirty = submit("start", stored, Set.of("werk", "uren"), form("werk", "ja", "uren", "30"));
        assertEquals(List.of(), thirty.appeared());
        assertTrue(thirty.accepted());
        assertEquals(Optional.of(integer("uren", 30)), thirty.answers().get("uren"));
    }

    @Test
    void questionThatAppearsIsNotCheckedBeforeItIsShown() {
        // a stored uren of 90 breaks its constraint (and required would fail if it were unanswered),
        // but the respondent has not seen uren yet: it only appears
        Answers stored = answers(integer("uren", 90));
        Result result = submit("start", stored, Set.of("werk"), form("werk", "ja"));
        assertEquals(Map.of(), result.problems());
        assertEquals(List.of("uren"), names(result.appeared()));
    }

    @Test
    void answerThatNeedsNoNewQuestionIsAccepted() {
        Result result = submit("start", answers(), Set.of("werk"), form("werk", "nee"));
        assertTrue(result.accepted());
        assertEquals(List.of("werk"), variables(result.answers()));
    }

    @Test
    void changedAnswerClearsWhatNoLongerApplies() {
        Answers stored = answers(one("werk", "ja"), integer("uren", 16), one("meer_uren", "nee"),
                one("contract", "vast"), one("tevreden", "ja"));
        Result result = submit("start", stored, Set.of("werk", "uren", "meer_uren"),
                form("werk", "nee", "uren", "16", "meer_uren", "nee"));
        assertTrue(result.accepted(), () -> result.problems().toString());
        assertEquals(List.of("werk"), variables(result.answers()), "uren, meer_uren, contract and tevreden are void");
        assertEquals(Optional.of(one("werk", "nee")), result.answers().get("werk"));
    }

    // ---------------------------------------------------------------------------------------------
    // Required, constraint, "I don't understand"
    // ---------------------------------------------------------------------------------------------

    @Test
    void requiredQuestionLeftEmpty() {
        Result result = submit("start", answers(), Set.of("werk"), form());
        assertEquals(Map.of("werk", InputProblem.REQUIRED), result.problems());
        assertFalse(result.accepted());
        assertEquals(Optional.empty(), result.answers().get("werk"), "an answer with a problem is not kept");
    }

    @Test
    void requiredQuestionWithOnlySpaces() {
        Result result = submit("start", answers(one("werk", "ja")), Set.of("werk", "uren"),
                form("werk", "ja", "uren", "   "));
        assertEquals(Map.of("uren", InputProblem.REQUIRED), result.problems());
    }

    @Test
    void requiredQuestionThatIsNoLongerRelevantIsNotRequired() {
        // uren is required, but only if werk = ja; the respondent switches werk to nee and leaves uren empty
        Result result = submit("start", answers(one("werk", "ja")), Set.of("werk", "uren"),
                form("werk", "nee", "uren", ""));
        assertEquals(Map.of(), result.problems());
        assertTrue(result.accepted());
    }

    @Test
    void constraintOnTheCurrentValue() {
        // uren: . >= 1 and . <= 80
        Object[][] table = {
                { "0", InputProblem.CONSTRAINT },
                { "81", InputProblem.CONSTRAINT },
                { "-5", InputProblem.CONSTRAINT },
                { "1", null },
                { "80", null },
                { "٨٠", null },
        };
        for (Object[] row : table) {
            Result result = submit("start", answers(one("werk", "ja")), Set.of("werk", "uren"),
                    form("werk", "ja", "uren", (String) row[0]));
            assertEquals(Optional.ofNullable(row[1]), Optional.ofNullable(result.problems().get("uren")),
                    "uren = " + row[0]);
            assertEquals(row[1] == null, result.answers().get("uren").isPresent(), "kept only when valid: " + row[0]);
        }
    }

    @Test
    void constraintWithToday() {
        // geboren: . < today(), today being 2024-06-15
        assertEquals(Optional.of(InputProblem.CONSTRAINT),
                Optional.ofNullable(submitOverU("geboren", "15-06-2024").problems().get("geboren")));
        assertEquals(Optional.empty(), Optional.ofNullable(submitOverU("geboren", "14-06-2024").problems().get("geboren")));
    }

    @Test
    void dontUnderstandIsItsOwnStatusAndSatisfiesRequired() {
        Result result = submit("start", answers(), Set.of("werk"), form("werk", PageSubmission.DONT_UNDERSTAND));
        assertEquals(Map.of(), result.problems());
        Answer werk = result.answers().get("werk").orElseThrow();
        assertEquals(AnswerStatus.DONT_UNDERSTAND, werk.status());
        assertEquals(List.of(), werk.choices());
        assertFalse(werk.isAnswered());
    }

    @Test
    void anAnswerBesideDontUnderstandIsAskedAboutAndDontUnderstandWorksPerMatrixRow() {
        Result result = submit("over_u", answers(), OVER_U, form(
                "talen", "nl", "talen", PageSubmission.DONT_UNDERSTAND,
                "stelling_buurt", PageSubmission.DONT_UNDERSTAND, "stelling_stad", "eens"));
        assertEquals(Map.of("talen", InputProblem.ANSWER_AND_DONT_UNDERSTAND), result.problems());
        assertTrue(result.answers().get("talen").isEmpty(), "neither the answer nor 'I don't understand' is kept");
        assertEquals(AnswerStatus.DONT_UNDERSTAND, result.answers().get("stelling_buurt").orElseThrow().status());
        assertEquals(Optional.of(Answer.choices("stelling_stad", QuestionType.MATRIX, List.of("eens"))),
                result.answers().get("stelling_stad"));
    }

    // ---------------------------------------------------------------------------------------------
    // Typed answers and input problems, per type
    // ---------------------------------------------------------------------------------------------

    @Test
    void everyTypeIsStoredTyped() {
        Result result = submit("over_u", answers(), OVER_U, form(
                "talen", "ar",
                "geboren", "۳۱-۱۲-۱۹۹۰",
                "gewicht", "72,5",
                "opmerking", "  Goed onderzoek  ",
                "stelling_buurt", "eens",
                "stelling_stad", "oneens"));
        assertEquals(Map.of(), result.problems());
        Answers a = result.answers();
        assertEquals(Optional.of(Answer.choices("talen", QuestionType.SELECT_MULTIPLE, List.of("ar"))), a.get("talen"));
        assertEquals(Optional.of(Answer.date("geboren", LocalDate.of(1990, 12, 31))), a.get("geboren"));
        assertEquals(0, new BigDecimal("72.5").compareTo(a.get("gewicht").orElseThrow().number()));
        assertEquals(QuestionType.DECIMAL, a.get("gewicht").orElseThrow().type());
        assertEquals(Optional.of(Answer.text("opmerking", "Goed onderzoek")), a.get("opmerking"));
        assertEquals(Optional.of(Answer.choices("stelling_buurt", QuestionType.MATRIX, List.of("eens"))),
                a.get("stelling_buurt"));
        assertEquals(Optional.of(Answer.choices("stelling_stad", QuestionType.MATRIX, List.of("oneens"))),
                a.get("stelling_stad"));
        assertTrue(result.accepted());
    }

    @Test
    void selectMultipleIsStoredInChoiceListOrder() {
        Result result = submitOverU("talen", "ti", "talen", "nl", "talen", "fa", "talen", "nl");
        assertEquals(List.of("nl", "fa", "ti"), result.answers().get("talen").orElseThrow().choices());
    }

    @Test
    void inputProblemsPerType() {
        // input name, typed values, problem
        Object[][] table = {
                { "talen", List.of("nl", "klingon"), InputProblem.NOT_A_CHOICE },
                { "stelling_buurt", List.of("heel_erg_eens"), InputProblem.NOT_A_CHOICE },
                { "stelling_buurt", List.of("eens", "oneens"), InputProblem.NOT_A_CHOICE },
                { "geboren", List.of("31-02-1990"), InputProblem.NOT_A_DATE },
                { "geboren", List.of("gisteren"), InputProblem.NOT_A_DATE },
                { "gewicht", List.of("1.2.3"), InputProblem.NOT_A_NUMBER },
                { "gewicht", List.of("72 kilo"), InputProblem.NOT_A_NUMBER },
                { "opmerking", List.of("x".repeat(TypedInput.MAX_TEXT_LENGTH + 1)), InputProblem.TOO_LONG },
        };
        for (Object[] row : table) {
            String input = (String) row[0];
            @SuppressWarnings("unchecked")
            List<String> values = (List<String>) row[1];
            Map<String, List<String>> form = form("stelling_buurt", "eens", "stelling_stad", "eens");
            form.put(input, values);
            Result result = submission.submit(page("over_u"), answers(), OVER_U, form);
            assertEquals(Map.of(input, row[2]), result.problems(), input + " = " + values);
            assertEquals(Optional.empty(), result.answers().get(input), "not kept: " + input);
            assertFalse(result.accepted());
        }
    }

    @Test
    void selectOneProblems() {
        Answers stored = answers();
        assertEquals(Map.of("werk", InputProblem.NOT_A_CHOICE),
                submit("start", stored, Set.of("werk"), form("werk", "misschien")).problems());
        assertEquals(Map.of("werk", InputProblem.NOT_A_CHOICE),
                submit("start", stored, Set.of("werk"), form("werk", "ja", "werk", "nee")).problems());
    }

    @Test
    void integerProblem() {
        Result result = submit("start", answers(one("werk", "ja")), Set.of("werk", "uren"),
                form("werk", "ja", "uren", "12a"));
        assertEquals(Map.of("uren", InputProblem.NOT_AN_INTEGER), result.problems());
        assertEquals(Optional.of(one("werk", "ja")), result.answers().get("werk"), "valid answers are kept");
    }

    @Test
    void textAtTheMaximumLengthIsAccepted() {
        String text = "x".repeat(TypedInput.MAX_TEXT_LENGTH);
        assertEquals(text, submitOverU("opmerking", text).answers().get("opmerking").orElseThrow().text());
    }

    @Test
    void emptyShownQuestionIsStoredAsUnanswered() {
        Result result = submitOverU("gewicht", "  ");
        assertEquals(Map.of(), result.problems());
        for (String variable : List.of("talen", "geboren", "gewicht", "opmerking")) {
            Answer answer = result.answers().get(variable).orElseThrow(() -> new AssertionError(variable));
            assertEquals(AnswerStatus.UNANSWERED, answer.status(), variable);
        }
        assertEquals(QuestionType.SELECT_MULTIPLE, result.answers().get("talen").orElseThrow().type());
    }

    @Test
    void questionThatWasNotShownGetsNoAnswer() {
        // the respondent saw only werk; a value for uren sent anyway is ignored: uren appears, unanswered
        Result result = submit("start", answers(), Set.of("werk"), form("werk", "ja", "uren", "16"));
        assertEquals(List.of("uren"), names(result.appeared()));
        assertEquals(List.of("werk"), variables(result.answers()));
    }

    @Test
    void requiredMatrixNeedsEveryRow() {
        Result result = submit("over_u", answers(), OVER_U, form("stelling_buurt", "eens"));
        assertEquals(Map.of("stelling_stad", InputProblem.REQUIRED), result.problems());
        assertEquals(Optional.of(Answer.choices("stelling_buurt", QuestionType.MATRIX, List.of("eens"))),
                result.answers().get("stelling_buurt"));
    }

    @Test
    void questionMadeIrrelevantOnTheSamePageIsNotChecked() {
        // werk switched from ja to nee; uren (only if werk = ja) still holds text from before
        Result result = submit("start", answers(one("werk", "ja")), Set.of("werk", "uren"),
                form("werk", "nee", "uren", "veel"));
        assertEquals(Map.of(), result.problems());
        assertTrue(result.accepted());
    }

    @Test
    void constraintOfAQuestionMadeIrrelevantOnTheSamePageIsNotChecked() {
        Result result = submit("start", answers(one("werk", "ja")), Set.of("werk", "uren"),
                form("werk", "nee", "uren", "200"));
        assertEquals(Map.of(), result.problems());
        assertEquals(List.of("werk"), variables(result.answers()));
    }

    @Test
    void lineBreaksCountOnceInConstraintsAndAreStoredAsOne() {
        Questionnaire q = FlowFixture.load("""
                id: kort
                version: 1
                language: nl
                title: Kort
                pages:
                  - name: a
                    questions:
                      - {name: motto, type: text, label: Motto, constraint: "string-length(.) <= 20"}
                """);
        PageSubmission kort = new PageSubmission(new Routing(q, FlowFixture.TODAY), Locale.forLanguageTag("nl"));
        // 19 characters and one line break, as a browser sends it (CRLF)
        Result result = kort.submit(q.page("a").orElseThrow(), answers(), Set.of("motto"),
                form("motto", "Samen\r\nsterk in stad!"));
        assertEquals(Map.of(), result.problems());
        assertEquals("Samen\nsterk in stad!", result.answers().get("motto").orElseThrow().text());
    }

    @Test
    void whatAPhoneCannotMeanIsCleanedOrRefusedNeverStored() {
        Result result = submitOverU("opmerking", "Goed\u0000 zo\uFFFF", "gewicht", "7\u00002");
        assertEquals(Map.of(), result.problems());
        assertEquals("Goed zo", result.answers().get("opmerking").orElseThrow().text());
        assertEquals(0, new BigDecimal("72").compareTo(result.answers().get("gewicht").orElseThrow().number()));
        assertEquals(Map.of("geboren", InputProblem.OTHER_CALENDAR), submitOverU("geboren", "0000-01-01").problems());
        assertEquals(Map.of("gewicht", InputProblem.AMBIGUOUS_NUMBER), submitOverU("gewicht", "1.250").problems());
    }

    @Test
    void anUnchangedStoredNumberIsNotAmbiguous() {
        // a stored 1.125 comes back in the form as "1.125": Next keeps it
        Answers stored = answers(Answer.number("gewicht", QuestionType.DECIMAL, new BigDecimal("1.125")));
        Map<String, List<String>> form = form("gewicht", "1.125", "stelling_buurt", "eens", "stelling_stad", "eens");
        Result result = submission.submit(page("over_u"), stored, OVER_U, form);
        assertEquals(Map.of(), result.problems());
        assertEquals(0, new BigDecimal("1.125").compareTo(result.answers().get("gewicht").orElseThrow().number()));
    }

    @Test
    void completionFindsTheFirstPageWithSomethingMissing() {
        // nothing answered: werk (required) on start
        assertEquals(Optional.of("start"), submission.firstIncomplete(answers()).map(p -> p.name()));
        assertEquals(Map.of("werk", InputProblem.REQUIRED), submission.check(page("start"), answers()));
        // uren required once werk = ja, and must keep its constraint
        assertEquals(Optional.of("start"), submission.firstIncomplete(answers(one("werk", "ja"))).map(p -> p.name()));
        assertEquals(Map.of("uren", InputProblem.CONSTRAINT),
                submission.check(page("start"), answers(one("werk", "ja"), integer("uren", 90))));
        // start complete: contract on baan is next, then the matrix on over_u
        Answers start = answers(one("werk", "ja"), integer("uren", 30));
        assertEquals(Optional.of("baan"), submission.firstIncomplete(start).map(p -> p.name()));
        Answers baan = start.with(List.of(one("contract", "vast")));
        assertEquals(Optional.of("over_u"), submission.firstIncomplete(baan).map(p -> p.name()));
        Answers all = baan.with(List.of(Answer.choices("stelling_buurt", QuestionType.MATRIX, List.of("eens")),
                Answer.dontUnderstand("stelling_stad", QuestionType.MATRIX)));
        assertEquals(Optional.empty(), submission.firstIncomplete(all), "I don't understand counts as an answer");
        // a required question routed past is not missing
        assertEquals(Optional.of("over_u"), submission.firstIncomplete(answers(one("werk", "nee"))).map(p -> p.name()));
    }

    // ---------------------------------------------------------------------------------------------

    private Result submit(String page, Answers stored, Set<String> shown, Map<String, List<String>> form) {
        return submission.submit(page(page), stored, shown, form);
    }

    /** Submits page over_u with the matrix filled in and the given other values. */
    private Result submitOverU(String... namesAndValues) {
        Map<String, List<String>> form = form(namesAndValues);
        form.putIfAbsent("stelling_buurt", List.of("eens"));
        form.putIfAbsent("stelling_stad", List.of("eens"));
        return submission.submit(page("over_u"), answers(), OVER_U, form);
    }

    private static List<String> names(List<Question> questions) {
        return questions.stream().map(Question::name).toList();
    }

    private static List<String> variables(Answers answers) {
        return answers.all().stream().map(Answer::variable).toList();
    }
}
