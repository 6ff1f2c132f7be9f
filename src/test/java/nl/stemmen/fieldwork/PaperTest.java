package nl.stemmen.fieldwork;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.stemmen.access.SignedIn;
import nl.stemmen.respond.RespondentSession;
import nl.stemmen.study.StudyFixture;

/**
 * The paper questionnaire as a reader gets it (the PDF rendered to PNG by poppler's pdftoppm, its text taken out by
 * pdftotext; pages kept in target/paper-pages), and typing in a returned form: the same pages, routing and checks as
 * the web, recorded as paper with who and when.
 */
@QuarkusTest
class PaperTest {

    static final Path PAGES = Path.of("target", "paper-pages");

    @Inject
    EntityManager entities;

    @Test
    void theDutchFormNumbersTheQuestionsAndWritesTheRoutingAsInstructions() throws Exception {
        StudyFixture study = StudyFixture.create();
        String text = text(pdf(study, "nl"));
        assertTrue(text.contains("Thuis in de stad"), "the title");
        assertTrue(text.contains("1. Hoe bent u naar Nederland gekomen?"), "numbered questions:\n" + text);
        assertTrue(text.contains("Zet een kruisje in het vakje"), "how to fill it in");
        // the taalles page applies only after ticking 'taalles' at the situation question
        assertTrue(text.matches("(?s).*Alleen als u bij vraag \\d+ antwoordde: «[^»]*taalles[^»]*».*"), text);
        // no consent to health questions: skip the health page
        assertTrue(text.matches("(?s).*Nee, ik sla de vragen over gezondheid over\\s*\\(ga naar vraag \\d+\\).*"), text);
        assertTrue(text.contains("Dit is het einde van de vragenlijst."));
    }

    @Test
    void rightToLeftAndGeezFormsComeOutShapedAndInTheirDirection() throws Exception {
        StudyFixture study = StudyFixture.create();
        Path arabic = pdf(study, "ar");
        String ar = Normalizer.normalize(text(arabic), Normalizer.Form.NFKC);
        assertTrue(ar.contains("انتقل إلى السؤال") || ar.contains(new StringBuilder("انتقل إلى السؤال").reverse()),
                "the Arabic go-to instruction:\n" + ar);
        assertTrue(ar.matches("(?s).*[\u0660-\u0669].*"), "Arabic-Indic digits number the questions");
        String ti = text(pdf(study, "ti"));
        assertTrue(ti.contains("ናብ ሕቶ"), "the Tigrinya instruction in Ge'ez script:\n" + ti);
        String tr = text(pdf(study, "tr"));
        assertTrue(tr.contains("soruya geçin"), tr);

        double arabicTitle = inkCentre(png(arabic, "ar"));
        double dutchTitle = inkCentre(png(pdf(study, "nl"), "nl"));
        assertTrue(arabicTitle > 0.5, "the Arabic title stands on the right: " + arabicTitle);
        assertTrue(dutchTitle < 0.5, "the Dutch title stands on the left: " + dutchTitle);
    }

    @Test
    void onlyTheStudysLeadPrintsItAndOnlyInTheStudysLanguages() {
        StudyFixture study = StudyFixture.create();
        study.lead().get(study.path() + "/paper.pdf?lang=xx").then().statusCode(400)
                .body("problems[0].field", org.hamcrest.Matchers.equalTo("lang"));
        study.lead().contentType(ContentType.JSON).body(Map.of("language", "xx")).post(study.path() + "/paper/responses").then()
                .statusCode(400).body("problems[0].field", org.hamcrest.Matchers.equalTo("language"));
        StudyFixture.anotherLead().get(study.path() + "/paper.pdf?lang=nl").then().statusCode(404);
        StudyFixture.fieldworker().get(study.path() + "/paper.pdf?lang=nl").then().statusCode(403);
        given().get(study.path() + "/paper.pdf?lang=nl").then().statusCode(401);
    }

    @Test
    void paperEntryRefusesWhatTheWebRefusesAndSkipsWhatRoutingSkips() {
        StudyFixture study = StudyFixture.create();
        String link = study.lead().contentType(ContentType.JSON).body(Map.of("language", "nl"))
                .post(study.path() + "/paper/responses").then().statusCode(201).extract().path("link");
        String token = link.substring(3);
        RespondentSession typist = RespondentSession.arriving(link);
        RespondentSession web = RespondentSession.preview("thuis-in-de-stad", "nl");
        for (RespondentSession session : List.of(typist, web)) {
            session.next("status", "gezinsmigrant", "geslacht", "man", "leeftijd", "40_49", "aankomstjaar", "1800");
            assertEquals("over_u", session.pageName(), "a year before 1950 is refused, on paper as on the web");
            assertFalse((session == typist ? stored(token) : session.stored()).getList("answers.variable").contains("aankomstjaar"));
            session.next("status", "gezinsmigrant", "geslacht", "man", "leeftijd", "40_49");
            assertEquals("uw_situatie", session.pageName());
            session.next("situatie", List.of("zeg_niet", "geen_inkomen"));
            assertEquals("uw_situatie", session.pageName(), "rather-not-say with another answer is refused on both");
        }
        typist.finish(Map.of("situatie", "geen_inkomen", "toestemming_gezondheid", "nee"));
        JsonPath stored = stored(token);
        List<String> variables = stored.getList("answers.variable");
        assertTrue(variables.contains("geslacht") && variables.contains("toestemming_gezondheid"), variables.toString());
        for (String skipped : List.of("taalles_uren", "werk_uren", "gezondheid_algemeen")) {
            assertFalse(variables.contains(skipped), skipped + " is routed past, as on the web: " + variables);
        }
        assertEquals("completed", stored.getString("status"));
        assertEquals("paper", stored.getString("mode"));
        assertEquals("paper", stored.getString("channel"));
        assertEquals(study.leadName(), QuarkusTransaction.requiringNew().call(() -> entities.createNativeQuery(
                "select entered_by from response where study_id = ?1 and entered_at is not null and paper_language = 'nl'")
                .setParameter(1, study.id())
                .getSingleResult()), "who typed it in is recorded, with when");
        Document done = Jsoup.parse(given().get(typist.path()).asString());
        assertNull(done.selectFirst("form[action=/signup]"), "a typed-in form gets no raffle offer: the respondent is not there");
        assertNotNull(done.selectFirst("a[href=/studies/" + study.id() + "/paper]"), "on to the next form");
        Response monitor = study.lead().get(study.path() + "/monitor");
        monitor.then().statusCode(200);
        Map<String, Map<String, Object>> channels = monitor.jsonPath().getMap("channels");
        Map<String, Object> paper = channels.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("paper"))
                .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError("no paper channel in " + channels));
        assertEquals(1, paper.get("completed"), "a typed-in form counts as a complete: " + paper);
        assertEquals(1, paper.get("opened"), "and as opened, like a flyer's: no invitation was opened");
    }

    @Test
    void theStaffPageLinksTheFormsAndStartsAnEntry() {
        StudyFixture study = StudyFixture.create();
        Response signIn = given().redirects().follow(false).formParam("j_username", study.leadName())
                .formParam("j_password", StudyFixture.PASSWORD).post("/j_security_check");
        Map<String, String> cookies = new HashMap<>(signIn.cookies());
        Response shown = given().cookies(cookies).get("/studies/" + study.id() + "/paper");
        shown.then().statusCode(200);
        cookies.putAll(shown.cookies()); // the form token's cookie
        Document page = Jsoup.parse(shown.asString());
        assertNotNull(page.selectFirst("a[href=/studies/" + study.id() + "/paper/form.pdf?lang=ar]"));
        given().cookies(cookies).get("/studies/" + study.id() + "/paper/form.pdf?lang=ar").then().statusCode(200)
                .contentType("application/pdf");
        Response started = given().cookies(cookies).redirects().follow(false)
                .formParam("form_token", page.selectFirst("[name=form_token]").val()).formParam("language", "tr")
                .post("/studies/" + study.id() + "/paper/entries");
        assertEquals(303, started.statusCode());
        assertTrue(started.header("Location").contains("/r/"), started.header("Location"));
        assertEquals(403, given().cookies(cookies).redirects().follow(false).formParam("language", "tr")
                .post("/studies/" + study.id() + "/paper/entries").statusCode(), "not without the form's token");
        Document studyPage = Jsoup.parse(given().cookies(cookies).get("/studies/" + study.id()).asString());
        assertNotNull(studyPage.selectFirst("a[href=/studies/" + study.id() + "/paper]"), "the study page links the paper page");
    }

    /** The response as the admin's helpdesk API gives it. */
    private static JsonPath stored(String token) {
        return SignedIn.asAdmin().get("/api/responses/link/" + token).then().statusCode(200).extract().jsonPath();
    }

    private static Path pdf(StudyFixture study, String lang) throws IOException {
        byte[] pdf = study.lead().get(study.path() + "/paper.pdf?lang=" + lang).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        Files.createDirectories(PAGES);
        Path file = PAGES.resolve("paper-" + lang + ".pdf");
        Files.write(file, pdf);
        return file;
    }

    /** Page 1 as PNG (pdftoppm, 50 dpi). */
    private static BufferedImage png(Path pdf, String prefix) throws Exception {
        run("pdftoppm", "-r", "50", "-f", "1", "-l", "1", "-png", pdf.toString(), PAGES.resolve(prefix).toString());
        try (Stream<Path> files = Files.list(PAGES)) {
            Path page = files.filter(p -> p.getFileName().toString().matches(prefix + "-0*1\\.png")).findFirst().orElseThrow();
            return ImageIO.read(page.toFile());
        }
    }

    /** Where the first line of ink (the title) lies across the page: 0 left edge, 1 right edge. */
    private static double inkCentre(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            int first = -1;
            int last = -1;
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    first = first < 0 ? x : first;
                    last = x;
                }
            }
            if (first >= 0) {
                return (first + last) / 2.0 / image.getWidth();
            }
        }
        throw new AssertionError("an empty page");
    }

    private static String text(Path pdf) throws Exception {
        return run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
        return output;
    }
}
