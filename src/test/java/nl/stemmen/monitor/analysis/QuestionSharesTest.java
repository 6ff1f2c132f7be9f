package nl.stemmen.monitor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.stemmen.access.SignedIn;
import nl.stemmen.study.StudyFixture;

/**
 * Per question and language, the shares of "I don't understand", skipped and missing-coded answers
 * among those shown the question, from answers given through the respondents' pages; lines under the
 * study's minimum are hidden; answers, so fieldworkers get 403 and another lead 404.
 */
@QuarkusTest
class QuestionSharesTest {

    private static final String FRAME = """
            ref,letter_language,gender,age_band
            Q1,nl,man,30_39
            Q2,nl,vrouw,18_29
            Q3,ar,vrouw,18_29
            """;

    /**
     * Q1 does not understand how they came and leaves the country of birth empty; Q2 would rather not
     * say their age. Both in Dutch (their letter's language); Q3 only opened the link.
     */
    @Inject
    EntityManager entities;

    private static SurveyedStudy answered(int minimum) {
        SurveyedStudy study = SurveyedStudy.create(minimum, FRAME);
        study.respondent("Q1").next("status", "_dont_understand", "leeftijd", "30_39");
        study.respondent("Q2").next("status", "asiel", "leeftijd", "zeg_niet", "geboorteland", "syrie");
        study.respondent("Q3");
        return study;
    }

    private static Map<String, Object> line(JsonPath report, String variable, String language) {
        List<Map<String, Object>> questions = report.getList("questions");
        Map<String, Object> question = questions.stream().filter(q -> q.get("variable").equals(variable)).findFirst().orElseThrow();
        if (language.equals("all")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> total = (Map<String, Object>) question.get("total");
            return total;
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> languages = (List<Map<String, Object>>) question.get("languages");
        return languages.stream().filter(l -> l.get("language").equals(language)).findFirst().orElse(null);
    }

    @Test
    void aDontUnderstandAndASkippedAnswerShowAsSharesOfThoseShownTheQuestion() {
        SurveyedStudy study = answered(2);
        JsonPath report = study.lead().get(study.path() + "/questions").then().statusCode(200).extract().jsonPath();
        assertEquals(2, report.getInt("minimum_cell"));
        assertEquals(0.2, report.getDouble("attention_share"));

        Map<String, Object> status = line(report, "status", "nl");
        assertEquals(Map.of("language", "nl", "shown", 2, "dont_understand", 1, "unanswered", 0, "missing", 0,
                "dont_understand_share", 0.5f, "unanswered_share", 0.0f, "missing_share", 0.0f,
                "attention", List.of("dont_understand")), status);
        Map<String, Object> born = line(report, "geboorteland", "nl");
        assertEquals(1, born.get("unanswered"), "Q1 left it empty");
        assertEquals(0, born.get("dont_understand"));
        assertEquals(List.of("unanswered"), born.get("attention"));
        Map<String, Object> age = line(report, "leeftijd", "nl");
        assertEquals(1, age.get("missing"), "'rather not say' is coded missing");
        assertEquals(0.5f, age.get("missing_share"));
        assertEquals(List.of(), age.get("attention"), "a missing-coded answer is a choice, not a sign of a bad question");
        assertEquals(status.get("shown"), line(report, "status", "all").get("shown"));

        assertEquals(null, line(report, "status", "ar"), "Q3 was never shown a question: no line");
        assertEquals(List.of(), line(report, "geslacht", "all").get("attention"));
        assertEquals(0, line(report, "geslacht", "all").get("shown"), "the frame gave their gender: not asked");
        List<String> variables = report.getList("questions.variable");
        assertEquals(List.of("status", "geslacht", "leeftijd"), variables.subList(0, 3), "the questionnaire's order");
        assertTrue(variables.contains("nl_kunnen_praten"), "a matrix has a line per row");
    }

    @Test
    void theStudysMinimumDecidesWhatIsShown() {
        SurveyedStudy study = answered(2);
        assertEquals(2, line(study.lead().get(study.path() + "/questions").jsonPath(), "status", "nl").get("shown"));

        study.minimumCell(5);
        JsonPath report = study.lead().get(study.path() + "/questions").then().statusCode(200).extract().jsonPath();
        assertEquals(5, report.getInt("minimum_cell"));
        assertEquals(Map.of("language", "nl", "suppressed", "primary"), line(report, "status", "nl"));
        assertEquals(Map.of("language", "all", "suppressed", "primary"), line(report, "status", "all"));

        String csv = study.lead().get(study.path() + "/questions.csv").then().statusCode(200).contentType("text/csv")
                .extract().asString();
        assertTrue(csv.startsWith("variable,question,page,language,shown,dont_understand,unanswered,missing,"
                + "dont_understand_share,unanswered_share,missing_share,attention,suppressed\n"), csv);
        assertTrue(csv.contains("\nstatus,status,over_u,nl,,,,,,,,,primary\n"), csv);
    }

    @Test
    void theCsvHoldsTheSameFiguresAsTheJson() {
        SurveyedStudy study = answered(2);
        String csv = study.lead().get(study.path() + "/questions.csv").then().statusCode(200).extract().asString();
        assertTrue(csv.contains("\nstatus,status,over_u,nl,2,1,0,0,0.5,0.0,0.0,dont_understand,\n"), csv);
        assertTrue(csv.contains("\nstatus,status,over_u,all,2,1,0,0,0.5,0.0,0.0,dont_understand,\n"), csv);
        assertTrue(csv.contains("\ngeboorteland,geboorteland,over_u,nl,2,0,1,0,0.0,0.5,0.0,unanswered,\n"), csv);
    }

    @Test
    void thePageHasATablePerQuestionWithLanguagesAsRowsAndSaysInWordsWhatNeedsAttention() {
        SurveyedStudy study = answered(2);
        Document studyPage = Jsoup.parse(study.lead().get("/studies/" + study.id()).then().statusCode(200).extract().asString());
        assertNotNull(studyPage.selectFirst("a[href=/studies/" + study.id() + "/questions]"), "linked from the study page");

        Document page = Jsoup.parse(study.lead().get("/studies/" + study.id() + "/questions").then().statusCode(200)
                .extract().asString());
        assertTrue(page.select("script").isEmpty());
        // both left the year of arrival and the learning route empty
        assertEquals(List.of("#q-status", "#q-geboorteland", "#q-aankomstjaar", "#q-leerroute"),
                page.select("#attention a").eachAttr("href"));
        Element status = page.selectFirst("#q-status table");
        assertEquals(List.of("Taal", "Getoond", "Niet begrepen", "Leeg", "Weet niet / zeg niet"), status.select("thead th").eachText());
        assertEquals(List.of("Nederlands", "2", "50% let op", "0%", "0%"), status.select("tbody tr").get(0).select("th, td").eachText());
        assertEquals(List.of("Alle talen", "2", "50% let op", "0%", "0%"), status.select("tfoot tr th, tfoot tr td").eachText());
        assertEquals("50%", page.selectFirst("#q-leeftijd tbody tr").select("td").get(3).text());
        assertNotNull(page.selectFirst("a[href=/studies/" + study.id() + "/questions.csv]"));
        assertTrue(study.lead().get("/studies/" + study.id() + "/questions.csv").then().statusCode(200).extract().asString()
                .contains("\nstatus,status,over_u,nl,2,1,"));

        study.minimumCell(5);
        page = Jsoup.parse(study.lead().get("/studies/" + study.id() + "/questions").then().statusCode(200).extract().asString());
        assertEquals(List.of("Nederlands", "verborgen: minder dan 5 respondenten"),
                page.selectFirst("#q-status tbody tr").select("th, td").eachText());
        assertTrue(page.selectFirst("#q-status").text().indexOf("50%") < 0, "nothing of the hidden line shows");
    }

    @Test
    void aRespondentWithSeveralMissingCodedChoicesCountsOnce() {
        SurveyedStudy study = answered(2);
        // no demo question lets a respondent choose two missing-coded options, so these rows are written as the pages would
        QuarkusTransaction.requiringNew().run(() -> {
            List<?> responses = entities.createNativeQuery("select r.id from response r join answer a on a.response_id = r.id "
                    + "where r.study_id = ?1 and a.variable = 'status' order by r.id").setParameter(1, study.id()).getResultList();
            String insert = "insert into answer (response_id, variable, item, question_type, status, text_value, missing, answered_at) "
                    + "values (?1, 'nl_oefenen', ?2, 'select_multiple', 'answered', ?3, ?4, current_timestamp)";
            Object[][] rows = { { responses.get(0), 1, "werk", false }, { responses.get(0), 2, "weet_niet", true },
                    { responses.get(0), 3, "zeg_niet", true }, { responses.get(1), 1, "weet_niet", true },
                    { responses.get(1), 2, "zeg_niet", true } };
            for (Object[] row : rows) {
                entities.createNativeQuery(insert).setParameter(1, row[0]).setParameter(2, row[1]).setParameter(3, row[2])
                        .setParameter(4, row[3]).executeUpdate();
            }
        });
        Map<String, Object> practice = line(study.lead().get(study.path() + "/questions").jsonPath(), "nl_oefenen", "nl");
        assertEquals(2, practice.get("shown"));
        assertEquals(2, practice.get("missing"), "two respondents, not four missing-coded choices");
        assertEquals(1.0f, practice.get("missing_share"));
    }

    @Test
    void answersAreForAdminsAndTheStudysLeadOnly() {
        SurveyedStudy study = answered(2);
        RequestSpecification fieldworker = StudyFixture.fieldworker();
        RequestSpecification otherLead = StudyFixture.anotherLead();
        for (String path : List.of(study.path() + "/questions", study.path() + "/questions.csv",
                study.path() + "/crosstab?question=status&by=gender", "/studies/" + study.id() + "/questions",
                "/studies/" + study.id() + "/questions.csv")) {
            assertEquals(403, fieldworker.get(path).statusCode(), path);
            assertEquals(404, otherLead.get(path).statusCode(), path);
            assertEquals(200, SignedIn.asAdmin().get(path).statusCode(), path);
        }
        assertEquals(404, study.lead().get("/api/studies/st-nothere/questions").statusCode());
    }
}
