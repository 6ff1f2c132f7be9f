package nl.stemmen.landing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import nl.stemmen.respond.RespondentSession;
import nl.stemmen.study.StudyFixture;

/**
 * A study's landing page with filter questions (issue 16), over HTTP against the real database, on the
 * questionnaires of {@code src/test/resources/landing}: the filter questionnaire {@code filter} asks
 * {@code doelgroep}; status holders go to {@code statushouders} (whose {@code aankomst} checks {@code doelgroep}),
 * family migrants to {@code gezinsmigranten}, everyone else to the study's own {@code algemeen}.
 */
@QuarkusTest
@TestProfile(LandingTest.Landing.class)
class LandingTest {

    public static class Landing implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stemmen.catalog.questionnaires-dir", "src/test/resources/landing/questionnaires",
                    "stemmen.catalog.translations-dir", "src/test/resources/landing/translations");
        }
    }

    private static final List<String> SIX = List.of("nl", "en", "ar", "tr", "fa", "ti");

    private static Map<String, Object> study(Object landing, List<String> languages) {
        Map<String, Object> study = new HashMap<>(Map.of("name", "Nieuw in de stad 2026", "organisation", "Gemeente Utrecht",
                "questionnaire", "algemeen", "start", "2026-12-01", "end", "2026-12-21", "languages", languages,
                "contact_email", "onderzoek@utrecht.nl"));
        if (landing != null) {
            study.put("landing", landing);
        }
        return study;
    }

    private static final Map<String, Object> LANDING = Map.of("questionnaire", "filter", "routes", List.of(
            Map.of("when", "${doelgroep} = 'statushouder'", "questionnaire", "statushouders"),
            Map.of("when", "${doelgroep} = 'gezinsmigrant'", "questionnaire", "gezinsmigranten")));

    /** A new lead's study with {@link #LANDING} in all six languages; its id. */
    private static String studyWithLanding(String lead) {
        return StudyFixture.as(lead).contentType(ContentType.JSON).body(study(LANDING, SIX)).post("/api/studies")
                .then().statusCode(201).extract().path("id");
    }

    private static Document landingPage(String study, String lang) {
        return Jsoup.parse(given().get("/l/" + study + "?lang=" + lang).then().statusCode(200).extract().asString());
    }

    /** Presses Start on the landing page in {@code lang}: the filter questions begin. */
    private static RespondentSession start(String study, String lang) {
        Response started = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("lang", lang).post("/l/" + study);
        assertEquals(303, started.statusCode());
        return RespondentSession.startedAt(started.header("Location"));
    }

    @Test
    void theFilterQuestionsRouteEachPersonToTheirQuestionnaireInEveryLanguage() {
        String lead = StudyFixture.account("lead");
        String study = studyWithLanding(lead);
        Map<String, String[]> people = Map.of("nl", new String[] { "statushouder", "statushouders", "controle", "0" },
                "en", new String[] { "gezinsmigrant", "gezinsmigranten", "gezin", "1" },
                "ar", new String[] { "anders", "algemeen", "wonen", "-1" });
        people.forEach((lang, expected) -> {
            Document page = landingPage(study, lang);
            assertEquals(lang, page.selectFirst("html").attr("lang"));
            assertEquals(lang.equals("ar") ? "rtl" : "ltr", page.selectFirst("html").attr("dir"));
            assertEquals("Nieuw in de stad 2026", page.selectFirst("h1").text());
            assertTrue(page.text().contains("Gemeente Utrecht"), "who runs it: " + page.text());
            assertEquals("mailto:onderzoek@utrecht.nl", page.selectFirst("a[href^=mailto]").attr("href"));
            assertTrue(page.select("script").isEmpty(), "no JavaScript");

            RespondentSession person = start(study, lang);
            assertEquals("wie", person.pageName(), "the filter questions come first");
            JsonPath filter = person.stored();
            assertEquals("filter", filter.getString("questionnaire"));
            assertNull(filter.get("study"), "a filter response counts for no study");

            person.next("doelgroep", expected[0]);
            assertEquals(expected[2], person.pageName(), lang + ": " + expected[0] + " goes to " + expected[1]);
            JsonPath routed = person.stored();
            assertEquals(expected[1], routed.getString("questionnaire"));
            assertEquals(study, routed.getString("study"));
            assertEquals(lang, routed.getString("language"));
            assertEquals("landing", routed.getString("channel"));
            nl.stemmen.respond.Response stored = QuarkusTransaction.requiringNew()
                    .call(() -> nl.stemmen.respond.Response.findById(routed.getLong("id")));
            assertEquals(Integer.valueOf(expected[3]), stored.landingRoute, "the route is kept with the response");
            assertEquals("{\"doelgroep\":[\"" + expected[0] + "\"]}", stored.landingAnswers, "and the filter answers");
        });
    }

    @Test
    void theLandingPageSpeaksAllSixLanguages() {
        String study = studyWithLanding(StudyFixture.account("lead"));
        String dutchPrivacy = landingPage(study, "nl").selectFirst("h2").text();
        for (String lang : SIX) {
            Document page = landingPage(study, lang);
            assertEquals(lang, page.selectFirst("html").attr("lang"));
            assertEquals(lang.equals("ar") || lang.equals("fa") ? "rtl" : "ltr", page.selectFirst("html").attr("dir"));
            if (!lang.equals("nl")) {
                assertNotEquals(dutchPrivacy, page.selectFirst("h2").text(), lang + " has its own privacy text");
            }
            assertEquals(5, page.select("a[lang]").size(), "the other five languages are offered");
            assertEquals(lang, page.selectFirst("form input[name=lang]").val());
        }
    }

    @Test
    void theFilterQuestionsOfferTheStudysLanguagesAndTheRoutedResponseKeepsTheOneChosen() {
        String lead = StudyFixture.account("lead");
        String study = StudyFixture.as(lead).contentType(ContentType.JSON).body(study(LANDING, List.of("nl", "en")))
                .post("/api/studies").then().statusCode(201).extract().path("id");
        RespondentSession person = start(study, "nl");
        Document filterPage = Jsoup.parse(given().get(person.path()).then().statusCode(200).extract().asString());
        assertEquals(List.of("nl", "en"), filterPage.select("fieldset.langs button").eachAttr("value"),
                "the filter questionnaire is live in six languages, the study offers two");
        person.switchLanguage("en").next("doelgroep", "statushouder");
        assertEquals("controle", person.pageName());
        assertEquals("en", person.stored().getString("language"));
        assertEquals("self", person.stored().getString("mode"));
    }

    @Test
    void aFlyersRespondentAnswersTheFilterQuestionsAndKeepsTheFlyerOnTheRoutedResponse() {
        String lead = StudyFixture.account("lead");
        String study = studyWithLanding(lead);
        String code = StudyFixture.as(lead).contentType(ContentType.JSON).body(Map.of("label", "Taalcafé"))
                .post("/api/studies/" + study + "/flyers").then().statusCode(201).extract().path("code");
        Response started = given().redirects().follow(false).get("/f/" + code + "?lang=tr");
        assertEquals(303, started.statusCode(), started.asString());
        RespondentSession person = RespondentSession.startedAt(started.header("Location"));
        assertEquals("wie", person.pageName(), "a flyer of a study with a landing asks the filter questions first");
        assertNull(person.stored().get("study"));

        person.next("doelgroep", "gezinsmigrant");
        assertEquals("gezin", person.pageName());
        JsonPath routed = person.stored();
        assertEquals("gezinsmigranten", routed.getString("questionnaire"));
        assertEquals("flyer", routed.getString("channel"), "the entry that brought them is kept");
        assertEquals("tr", routed.getString("language"));
        nl.stemmen.respond.Response stored = QuarkusTransaction.requiringNew()
                .call(() -> nl.stemmen.respond.Response.findById(routed.getLong("id")));
        assertNotNull(stored.openLinkId, "the routed response counts for the flyer");
        assertEquals(1, stored.landingRoute);
    }

    @Test
    void aControlQuestionThatDisagreesIsCountedNotRefused() {
        String lead = StudyFixture.account("lead");
        String study = studyWithLanding(lead);
        start(study, "nl").next("doelgroep", "statushouder").next("aankomst", "statushouder");
        RespondentSession wrong = start(study, "en").next("doelgroep", "statushouder").next("aankomst", "gezinsmigrant");
        assertTrue(wrong.path().endsWith("/done"), "a mismatch is not blocked");

        JsonPath monitor = StudyFixture.as(lead).get("/api/studies/" + study + "/monitor").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, monitor.getInt("channels.landing.completed"), "routed responses count for the study");
        assertEquals("statushouders", monitor.getString("landing.routes[0].questionnaire"));
        assertEquals(2, monitor.getInt("landing.routes[0].completed"));
        assertEquals(2, monitor.getInt("landing.routes[0].control_checked"));
        assertEquals(1, monitor.getInt("landing.routes[0].control_mismatches"));
        assertEquals(0, monitor.getInt("landing.routes[1].started"));
        assertEquals("algemeen", monitor.getString("landing.routes[2].questionnaire"));
        assertEquals(-1, monitor.getInt("landing.routes[2].route"));

        String page = StudyFixture.as(lead).get("/studies/" + study + "/monitor").then().statusCode(200).extract().asString();
        Document monitorPage = Jsoup.parse(page);
        assertNotNull(monitorPage.selectFirst("table[aria-label=Landingspagina], div[aria-label=Landingspagina] table"));
    }

    @Test
    void filterResponsesAreNotCountedAsTheStudys() {
        String lead = StudyFixture.account("lead");
        String study = studyWithLanding(lead);
        start(study, "nl").submit("_action", "later", "doelgroep", "anders");

        JsonPath monitor = StudyFixture.as(lead).get("/api/studies/" + study + "/monitor").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(0, monitor.getInt("opened"));
        assertEquals(0, monitor.getInt("started"));
        assertEquals(0, monitor.getInt("completed"));
        assertEquals(Map.of(), monitor.getMap("channels"));
        assertEquals(1, monitor.getInt("landing.filtering"), "someone is at the filter questions");
        String export = StudyFixture.as(lead).get("/api/studies/" + study + "/export.csv").then().statusCode(200)
                .extract().asString();
        assertEquals(1, export.strip().lines().count(), "the export holds no filter response: " + export);
    }

    @Test
    void eachRoutedQuestionnaireExportsItsOwnResponsesWithItsOwnColumns() {
        String lead = StudyFixture.account("lead");
        String study = studyWithLanding(lead);
        start(study, "nl").next("doelgroep", "statushouder").next("aankomst", "statushouder");
        start(study, "en").next("doelgroep", "statushouder").next("aankomst", "gezinsmigrant");

        String routed = StudyFixture.as(lead).get("/api/studies/" + study + "/export.csv?questionnaire=statushouders").then()
                .statusCode(200).extract().asString();
        List<String> lines = routed.strip().lines().toList();
        assertEquals(3, lines.size(), "a header and the two status holders: " + routed);
        assertTrue(lines.get(0).contains("aankomst"), "the routed questionnaire's question is a column: " + lines.get(0));
        String codebook = StudyFixture.as(lead).get("/api/studies/" + study + "/codebook?questionnaire=statushouders").then()
                .statusCode(200).extract().asString();
        assertTrue(codebook.contains("Hoe kwam u naar Nederland?"), "the codebook describes that questionnaire");
        StudyFixture.as(lead).get("/api/studies/" + study + "/export.sav?questionnaire=statushouders").then().statusCode(200);

        assertEquals(1, StudyFixture.as(lead).get("/api/studies/" + study + "/export.csv?questionnaire=gezinsmigranten").then()
                .statusCode(200).extract().asString().strip().lines().count(), "no family migrant yet: the header only");
        assertEquals(1, StudyFixture.as(lead).get("/api/studies/" + study + "/export.csv?questionnaire=algemeen").then()
                .statusCode(200).extract().asString().strip().lines().count(), "nobody was sent to the study's own");
        StudyFixture.as(lead).get("/api/studies/" + study + "/export.csv?questionnaire=filter").then().statusCode(400)
                .body("problems[0].field", org.hamcrest.Matchers.equalTo("questionnaire"))
                .body("problems[0].reason", org.hamcrest.Matchers.containsString("algemeen, statushouders, gezinsmigranten"));
        StudyFixture.anotherLead().get("/api/studies/" + study + "/export.csv?questionnaire=statushouders").then().statusCode(404);
    }

    @Test
    void badLandingsAreRefusedWithTheFieldNamed() {
        String lead = StudyFixture.account("lead");
        Map<String, Object> bad = Map.of("questionnaire", "filter", "routes", List.of(
                Map.of("when", "${doelgroep = 'x'", "questionnaire", "statushouders"),
                Map.of("when", "${leeftijd} > 18", "questionnaire", "half"),
                Map.of("questionnaire", "bestaat-niet")));
        JsonPath refused = StudyFixture.as(lead).contentType(ContentType.JSON).body(study(bad, List.of("nl", "ar")))
                .post("/api/studies").then().statusCode(422).extract().jsonPath();
        Map<String, String> problems = new HashMap<>();
        refused.<Map<String, String>>getList("problems").forEach(p -> problems.put(p.get("field"), p.get("reason")));
        assertTrue(problems.get("landing.routes[0].when").startsWith("not an expression"), problems.toString());
        assertTrue(problems.get("landing.routes[1].when").contains("${leeftijd}"), problems.toString());
        assertTrue(problems.get("landing.routes[1].questionnaire").contains("not live in ar"), problems.toString());
        assertTrue(problems.get("landing.routes[2].when").startsWith("is missing"), problems.toString());
        assertTrue(problems.get("landing.routes[2].questionnaire").contains("'bestaat-niet'"), problems.toString());
        assertEquals(5, problems.size(), problems.toString());

        JsonPath unknownFilter = StudyFixture.as(lead).contentType(ContentType.JSON)
                .body(study(Map.of("questionnaire", "bestaat-niet"), SIX)).post("/api/studies").then().statusCode(422)
                .extract().jsonPath();
        assertEquals(List.of("landing.questionnaire"), unknownFilter.getList("problems.field"));

        // statushouders checks doelgroep, which the filter 'half' does not ask
        JsonPath unchecked = StudyFixture.as(lead).contentType(ContentType.JSON)
                .body(study(Map.of("questionnaire", "half", "routes", List.of(Map.of("when", "${vraag} = 'x'",
                        "questionnaire", "statushouders"))), List.of("nl", "en")))
                .post("/api/studies").then().statusCode(422).extract().jsonPath();
        assertEquals(List.of("landing.routes[0].questionnaire"), unchecked.getList("problems.field"));
        assertEquals(0, StudyFixture.as(lead).get("/api/studies").then().statusCode(200).extract().jsonPath()
                .getList("").size(), "nothing is stored");

        String study = studyWithLanding(lead);
        StudyFixture.as(lead).contentType(ContentType.JSON).body(study(bad, SIX)).put("/api/studies/" + study)
                .then().statusCode(422);
        assertEquals("filter", StudyFixture.as(lead).get("/api/studies/" + study).then().statusCode(200)
                .extract().path("landing.questionnaire"), "a refused change keeps the landing");
        assertEquals(2, StudyFixture.as(lead).get("/api/studies/" + study).then().extract().jsonPath()
                .getList("landing.routes").size());
    }

    @Test
    void aStudyWithoutLandingHasNoLandingPage() {
        String lead = StudyFixture.account("lead");
        String plain = StudyFixture.as(lead).contentType(ContentType.JSON).body(study(null, SIX)).post("/api/studies")
                .then().statusCode(201).extract().path("id");
        given().get("/l/" + plain).then().statusCode(404);
        given().get("/l/st-unknown").then().statusCode(404);
        given().contentType("application/x-www-form-urlencoded").formParam("lang", "nl").post("/l/" + plain)
                .then().statusCode(404);
        String edit = StudyFixture.as(lead).get("/studies/" + studyWithLanding(lead) + "/edit").then().statusCode(200)
                .extract().asString();
        assertEquals("filter", Jsoup.parse(edit).selectFirst("input[name=landing_questionnaire]").val(),
                "the study form shows the landing, so saving the form keeps it");
    }
}
