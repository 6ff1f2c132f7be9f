package nl.stemmen.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import nl.stemmen.access.Role;
import nl.stemmen.access.SignedIn;
import nl.stemmen.access.Staff;
import nl.stemmen.questionnaire.load.QuestionnaireFileException;
import nl.stemmen.questionnaire.load.QuestionnaireLoader;
import nl.stemmen.study.StudyFixture;

/**
 * Publishing questionnaires without a restart: refused files store nothing, a published version is
 * served at once here and by another replica after its poll, responses keep their version, a lead
 * cannot publish over another lead's questionnaire, and an incomplete translation is not live.
 */
@QuarkusTest
@TestProfile(PublishingTest.QuickPoll.class)
public class PublishingTest {

    private static final Path DIR = Path.of("target/publishing-test");

    /**
     * Polls every second, so the other-replica test waits little; a questionnaire directory of its own;
     * its own database state (a restart cleans it).
     */
    public static class QuickPoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stemmen.catalog.refresh-interval", "1S",
                    "stemmen.catalog.questionnaires-dir", DIR.resolve("questionnaires").toString(),
                    "stemmen.catalog.translations-dir", DIR.resolve("translations").toString());
        }
    }

    @Inject
    QuestionnaireCatalog catalog;

    @Inject
    CatalogConfig config;

    @Test
    void aBrokenQuestionnaireIsRefusedWithEveryProblemByLineAndNothingIsStored() {
        String id = newId();
        String broken = yaml(id, 1, "getal").replace("type: integer", "type: slider").replace("title: Een\n", "title: Een\n    colour: red\n");
        JsonPath problems = SignedIn.asAdmin().contentType("application/yaml").body(bytes(broken)).post("/api/questionnaires")
                .then().statusCode(422).extract().jsonPath();
        assertEquals(List.of(9, 18), problems.getList("problems.line"), problems.prettify());
        assertTrue(problems.getString("problems[1].reason").startsWith("unknown type 'slider'"), problems.prettify());

        assertEquals(0L, storedVersions(id));
        SignedIn.asAdmin().get("/preview/" + id + "?lang=nl").then().statusCode(404);
        assertFalse(SignedIn.asAdmin().get("/api/questionnaires").then().statusCode(200).extract().jsonPath()
                .getList("questionnaires.id").contains(id));
    }

    @Test
    void namesLongerThanTheResponseTablesHoldAreRefusedByLineNotStoredToFailLater() {
        String id = newId() + "-" + "a".repeat(300);
        String tooLong = yaml(id, 1, "q" + "x".repeat(130)).replace("name: twee", "name: p" + "y".repeat(120));
        JsonPath problems = SignedIn.asAdmin().contentType("application/yaml").body(bytes(tooLong)).post("/api/questionnaires")
                .then().statusCode(422).extract().jsonPath();
        assertEquals(List.of(1, 16, 13), problems.getList("problems.line"), problems.prettify());
        assertTrue(problems.getString("problems[0].reason").contains("at most 100"), problems.prettify());
        assertTrue(problems.getString("problems[1].reason").contains("at most 120"), "the question's: " + problems.prettify());
        assertTrue(problems.getString("problems[2].reason").contains("at most 100"), "the page's: " + problems.prettify());
        assertEquals(0L, storedVersions(id));
    }

    @Test
    void aPublishedVersionIsServedAtOnceWithoutRestartAndByAnotherReplicaAfterItsPoll() throws InterruptedException {
        QuestionnaireCatalog otherReplica = new QuestionnaireCatalog(config);
        otherReplica.reload();
        String id = newId();
        assertTrue(otherReplica.current(id).isEmpty());

        SignedIn.asAdmin().contentType("text/yaml").body(bytes(yaml(id, 1, "getal"))).post("/api/questionnaires")
                .then().statusCode(201).body("id", equalTo(id)).body("version", equalTo(1));
        assertEquals("getal", questionOnPageTwo(startOnPageTwo(id)), "served here at once");
        SignedIn.asAdmin().contentType("application/yaml").body(bytes(yaml(id, 1, "getal"))).post("/api/questionnaires")
                .then().statusCode(200);

        assertTrue(otherReplica.poll(), "the other replica sees the publication");
        assertEquals(1, otherReplica.current(id).orElseThrow().questionnaire().version());
        assertFalse(otherReplica.poll(), "an idle poll reads nothing more");

        // the other way round: published on the other replica, this one serves it after its poll (every second here)
        Publishing onOtherReplica = new Publishing(otherReplica);
        Staff admin = new Staff("admin", Role.ADMIN);
        assertTrue(onOtherReplica.publish(admin, new Publishing.Submission(id + ".yaml", yaml(id, 2, "leeftijd"), Map.of()))
                instanceof Publishing.Published);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (catalog.current(id).orElseThrow().questionnaire().version() != 2 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals("leeftijd", questionOnPageTwo(startOnPageTwo(id)), "served here after the poll, without restart");
    }

    @Test
    void aResponseKeepsTheVersionItStartedOnAndEveryVersionCanBePreviewed() {
        String id = newId();
        publish(SignedIn.asAdmin(), yaml(id, 1, "getal")).then().statusCode(201);
        String started = startOnPageTwo(id);

        publish(SignedIn.asAdmin(), yaml(id, 2, "leeftijd")).then().statusCode(201);
        assertEquals("getal", questionOnPageTwo(started), "the response goes on with version 1");
        assertEquals("leeftijd", questionOnPageTwo(startOnPageTwo(id)), "a new response starts on version 2");

        String onVersionOne = SignedIn.asAdmin().redirects().follow(false).get("/preview/" + id + "?version=1&lang=nl")
                .then().statusCode(303).extract().header("Location");
        assertEquals("getal", questionOnPageTwo(answerPageOne(onVersionOne)));
        SignedIn.asAdmin().get("/preview/" + id + "?version=7&lang=nl").then().statusCode(404);

        Document overview = Jsoup.parse(SignedIn.asAdmin().get("/").then().statusCode(200).extract().asString());
        assertEquals("/preview/" + id + "?version=1&lang=nl",
                overview.selectFirst("#q-" + id + "-1 .lang-nl a").attr("href"), "version 1 listed with its preview link");
        Document choice = Jsoup.parse(SignedIn.asAdmin().get("/preview/" + id + "?version=1").then().statusCode(200).extract().asString());
        assertEquals("?version=1&lang=nl", choice.selectFirst("ul.choose a[lang=nl]").attr("href"));

        publish(SignedIn.asAdmin(), yaml(id, 1, "anders")).then().statusCode(409)
                .body("problems[0].reason", containsString("already published with other content"));
    }

    @Test
    void onlyTheFirstPublisherAndAdminsPublishVersionsOfAQuestionnaire() {
        String id = newId();
        String first = StudyFixture.account("lead");
        publish(StudyFixture.as(first), yaml(id, 1, "getal")).then().statusCode(201);

        RequestSpecification otherLead = StudyFixture.anotherLead();
        publish(otherLead, yaml(id, 2, "leeftijd")).then().statusCode(403)
                .body("problems[0].reason", containsString("first published by another research lead"));
        StudyFixture.as(StudyFixture.account("lead")).contentType(ContentType.TEXT).body(po(id, true))
                .put("/api/questionnaires/" + id + "/versions/1/translations/en").then().statusCode(403);
        StudyFixture.fieldworker().contentType("application/yaml").body(bytes(yaml(id, 2, "leeftijd"))).post("/api/questionnaires")
                .then().statusCode(403);
        assertEquals(1, catalog.current(id).orElseThrow().questionnaire().version(), "nothing overwritten");

        publish(StudyFixture.as(first), yaml(id, 2, "leeftijd")).then().statusCode(201);
        publish(SignedIn.asAdmin(), yaml(id, 3, "jaar")).then().statusCode(201);
        publish(StudyFixture.as(first), yaml(id, 2, "later")).then().statusCode(409)
                .body("problems[0].reason", containsString("already published"));
        assertEquals(List.of(first, first, "admin"), QuarkusTransaction.requiringNew().call(() -> QuestionnairePublication
                .<QuestionnairePublication>list("questionnaireId = ?1 order by id", id).stream().map(p -> p.publishedBy).toList()));
    }

    @Test
    void theDirectoryAndPublishedVersionsOfOneNumberMustAgreeAndADirectoryIdIsForAdmins() throws IOException {
        String id = newId();
        publish(SignedIn.asAdmin(), yaml(id, 1, "getal")).then().statusCode(201);
        Path file = DIR.resolve("questionnaires").resolve(id + ".yaml");
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, yaml(id, 1, "anders"));
            catalog.reload();
            assertTrue(catalog.problems().stream().anyMatch(p -> p.file().equals(file.toString()) && p.line() == 2
                    && p.reason().contains("raise 'version'")), catalog.problems().toString());
            assertEquals("getal", questionOnPageTwo(startOnPageTwo(id)), "the version stored first is served");

            Files.writeString(file, yaml(id, 1, "getal"));
            catalog.reload();
            assertTrue(catalog.problems().stream().noneMatch(p -> p.file().equals(file.toString())), catalog.problems().toString());

            String fromDirectory = newId();
            Path other = file.resolveSibling(fromDirectory + ".yaml");
            Files.writeString(other, yaml(fromDirectory, 1, "getal"));
            catalog.reload();
            publish(StudyFixture.as(StudyFixture.account("lead")), yaml(fromDirectory, 2, "leeftijd")).then().statusCode(403)
                    .body("problems[0].reason", containsString("questionnaires directory"));
            publish(SignedIn.asAdmin(), yaml(fromDirectory, 2, "leeftijd")).then().statusCode(201);
            assertEquals("leeftijd", questionOnPageTwo(startOnPageTwo(fromDirectory)), "the higher published version wins");
            Files.delete(other);
        } finally {
            Files.deleteIfExists(file);
            catalog.reload();
        }
    }

    @Test
    void anIncompleteTranslationIsNotLiveUntilCompletedAndThenFixedOnceAStudyUsesIt() {
        String id = newId();
        String lead = StudyFixture.account("lead");
        StudyFixture.as(lead).multiPart("files", id + ".yaml", yaml(id, 1, "getal").getBytes(StandardCharsets.UTF_8), "application/yaml")
                .multiPart("files", "en.po", po(id, false).getBytes(StandardCharsets.UTF_8), "text/x-gettext-translation")
                .post("/api/questionnaires").then().statusCode(201);
        assertEquals(List.of(false), translations(id).getList("live"));
        StudyFixture.as(lead).contentType(ContentType.JSON).body(study(id, List.of("nl", "en"))).post("/api/studies")
                .then().statusCode(422).body("problems[0].reason", containsString("not a live language"));

        StudyFixture.as(lead).contentType(ContentType.TEXT).body(po(id, true).replace("Language: en", "Language: fa"))
                .put("/api/questionnaires/" + id + "/versions/1/translations/en").then().statusCode(422)
                .body("problems[0].file", equalTo("en.po")).body("problems[0].line", equalTo(3));
        StudyFixture.as(lead).contentType(ContentType.TEXT).body(po(id, true))
                .put("/api/questionnaires/" + id + "/versions/1/translations/fa").then().statusCode(422);
        assertEquals(List.of(false), translations(id).getList("live"), "refused texts change nothing");

        StudyFixture.as(lead).contentType(ContentType.TEXT).body(po(id, true))
                .put("/api/questionnaires/" + id + "/versions/1/translations/en").then().statusCode(200);
        assertEquals(List.of(true), translations(id).getList("live"));
        Document overview = Jsoup.parse(SignedIn.asAdmin().get("/").then().statusCode(200).extract().asString());
        assertTrue(overview.selectFirst("#q-" + id + " .lang-en").text().contains("compleet · complete"));

        StudyFixture.as(lead).contentType(ContentType.JSON).body(study(id, List.of("nl", "en"))).post("/api/studies")
                .then().statusCode(201);
        StudyFixture.as(lead).contentType(ContentType.TEXT).body(po(id, false))
                .put("/api/questionnaires/" + id + "/versions/1/translations/en").then().statusCode(409)
                .body("problems[0].reason", containsString("is used by study"));
    }

    @Test
    void theStaffPageShowsEveryProblemByLineAndThenThePublishedVersionWithItsPreviewLinks() {
        String lead = StudyFixture.account("lead");
        var shown = StudyFixture.as(lead).get("/questionnaires/publish").then().statusCode(200).extract();
        String cookie = shown.cookie("stemmen-form");
        String token = Jsoup.parse(shown.asString()).selectFirst("[name=form_token]").val();
        // a file picker greys out what accept leaves out: the workbook must be choosable
        assertEquals(List.of(".yaml", ".yml", ".po", ".xlsx"),
                List.of(Jsoup.parse(shown.asString()).selectFirst("input[type=file]").attr("accept").split(",")));
        String id = newId();
        String broken = yaml(id, 1, "getal").replace("type: integer", "type: slider");

        Document refused = Jsoup.parse(StudyFixture.as(lead).cookie("stemmen-form", cookie).multiPart("form_token", token)
                .multiPart("files", id + ".yaml", bytes(broken), "application/yaml")
                .multiPart("files", "en.po", bytes("msgstr \"x\"\n"), "text/plain")
                .post("/questionnaires/publish").then().statusCode(422).extract().asString());
        List<String> problems = refused.select(".problems li").eachText();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(id + ".yaml, regel · line 17: unknown type 'slider'"), problems.toString());
        assertEquals(0L, storedVersions(id));

        StudyFixture.as(lead).redirects().follow(false).multiPart("files", id + ".yaml", bytes(yaml(id, 1, "getal")), "application/yaml")
                .post("/questionnaires/publish").then().statusCode(403);
        String published = StudyFixture.as(lead).redirects().follow(false).cookie("stemmen-form", cookie).multiPart("form_token", token)
                .multiPart("files", id + ".yaml", bytes(yaml(id, 1, "getal")), "application/yaml")
                .post("/questionnaires/publish").then().statusCode(303).extract().header("Location");
        Document page = Jsoup.parse(StudyFixture.as(lead).get(published).then().statusCode(200).extract().asString());
        assertEquals("/preview/" + id + "?version=1&lang=en", page.selectFirst(".published .lang-en a").attr("href"));
        assertTrue(page.selectFirst(".published .lang-en").text().contains("0 van 7 teksten vertaald"), page.text());

        String xlsForm = StudyFixture.as(lead).cookie("stemmen-form", cookie).multiPart("form_token", token)
                .multiPart("files", "vragen.xlsx", new byte[] {0x50, 0x4b, 3, 4}, Publishing.XLSX)
                .post("/questionnaires/publish").then().statusCode(422).extract().asString();
        assertEquals(1, Jsoup.parse(xlsForm).select(".problems li").size(), "a broken workbook is named, not stored");
    }

    private static String newId() {
        return "pub-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A two-page questionnaire {@code id} at {@code version}, whose question on page two is named {@code question}. */
    public static String yaml(String id, int version, String question) {
        return """
                id: %s
                version: %d
                language: nl
                translations: [en]
                title: Kort
                pages:
                  - name: een
                    title: Een
                    questions:
                      - name: kleur
                        type: select_one kleuren
                        label: Welke kleur vindt u mooi?
                  - name: twee
                    title: Twee
                    questions:
                      - name: %s
                        type: integer
                        label: Welk getal kiest u?
                choices:
                  kleuren:
                    - {name: rood, label: Rood}
                    - {name: blauw, label: Blauw}
                """.formatted(id, version, question);
    }

    /** An English PO file for version 1 of {@link #yaml}: every text, or only the title. */
    private static String po(String id, boolean complete) {
        StringBuilder po = new StringBuilder("msgid \"\"\nmsgstr \"\"\n\"Language: en\\n\"\n");
        Map<String, String> texts = sourceTexts(yaml(id, 1, "getal"));
        texts.forEach((key, source) -> {
            if (complete || key.equals("title")) {
                po.append("\nmsgctxt \"").append(key).append("\"\nmsgid \"").append(source).append("\"\nmsgstr \"EN ")
                        .append(source).append("\"\n");
            }
        });
        return po.toString();
    }

    /** The source texts of a questionnaire, by key, as a translator's PO file lists them. */
    private static Map<String, String> sourceTexts(String yaml) {
        try {
            return new QuestionnaireLoader().load("test.yaml", yaml).sourceTexts();
        } catch (QuestionnaireFileException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, Object> study(String id, List<String> languages) {
        return Map.of("name", "Publiceren", "organisation", "Gemeente Test", "questionnaire", id,
                "start", "2026-12-01", "end", "2026-12-21", "languages", languages);
    }

    private static JsonPath translations(String id) {
        return new JsonPath(SignedIn.asAdmin().get("/api/questionnaires").then().statusCode(200).extract().asString())
                .setRootPath("questionnaires.find { it.id == '" + id + "' }.translations");
    }

    private static io.restassured.response.Response publish(RequestSpecification as, String yaml) {
        return as.contentType("application/yaml").body(bytes(yaml)).post("/api/questionnaires");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static long storedVersions(String id) {
        return QuarkusTransaction.requiringNew().call(() -> QuestionnaireVersion.count("key.questionnaireId", id));
    }

    /** Starts a preview response on the current version of {@code id}, answers page one, and returns page two's address. */
    private static String startOnPageTwo(String id) {
        return answerPageOne(SignedIn.asAdmin().redirects().follow(false).get("/preview/" + id + "?lang=nl").then().statusCode(303)
                .extract().header("Location"));
    }

    private static String answerPageOne(String link) {
        String token = link.substring(link.lastIndexOf('/') + 1);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("_shown", "kleur").formParam("_action", "next").formParam("kleur", "rood")
                .post("/r/" + token + "/p/een").then().statusCode(303);
        return "/r/" + token + "/p/twee";
    }

    private static String questionOnPageTwo(String page) {
        return Jsoup.parse(given().get(page).then().statusCode(200).extract().asString()).selectFirst("input[name=_shown]").val();
    }
}
