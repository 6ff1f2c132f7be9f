package nl.stemmen.catalog;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.stemmen.access.SignedIn;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import nl.stemmen.questionnaire.load.LoadProblem;

/**
 * Questionnaire files as a research bureau edits them on disk: broken ones are refused with file,
 * line and reason while the others are served; a response keeps the version it started on.
 */
@QuarkusTest
@TestProfile(CatalogTest.FilesOnDisk.class)
class CatalogTest {

    static final Path DIR = Path.of("target/catalog-test");
    private static final Path FIXTURES = Path.of("src/test/resources/catalog");

    public static class FilesOnDisk implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stemmen.catalog.questionnaires-dir", DIR.resolve("questionnaires").toString(),
                    "stemmen.catalog.translations-dir", DIR.resolve("translations").toString());
        }
    }

    @Inject
    QuestionnaireCatalog catalog;

    @BeforeEach
    void freshFiles() throws IOException {
        if (Files.exists(DIR)) {
            try (Stream<Path> files = Files.walk(DIR)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            for (Path source : files.toList()) {
                Path target = DIR.resolve(FIXTURES.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        catalog.reload();
    }

    @Test
    void brokenFilesAreRefusedWithFileLineAndReasonWhileTheOthersAreServed() {
        List<String> problems = catalog.problems().stream().map(LoadProblem::toString).toList();
        assertTrue(problems.contains(DIR.resolve("questionnaires/kapot.yaml") + ":9: unknown type 'slider' for question 'vraag'"
                + " (known: select_one, select_multiple, matrix, text, integer, decimal, date, range, note, calculate)"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(DIR.resolve("questionnaires/typfout.yaml") + ":14: unknown key 'relevent'")),
                problems.toString());
        assertTrue(problems.contains(DIR.resolve("questionnaires/duits.yaml") + ":3: Stemmen does not offer language 'de'"
                + " (offered: [nl, en, ar, tr, fa, ti])"), problems.toString());
        assertEquals(List.of("kort", "leeg"), catalog.all().stream().map(PublishedQuestionnaire::id).toList());

        Document overview = Jsoup.parse(SignedIn.asAdmin().get("/").then().statusCode(200).extract().asString());
        assertTrue(overview.select(".problems").text().contains("kapot.yaml:9"));
        SignedIn.asAdmin().redirects().follow(false).get("/preview/kort?lang=nl").then().statusCode(303);
        SignedIn.asAdmin().get("/preview/kapot?lang=nl").then().statusCode(404);
    }

    @Test
    void filesThatWouldBreakStemmenAreRefusedByNameWhileTheOthersAreServed() throws IOException {
        Path dir = DIR.resolve("questionnaires");
        String kort = Files.readString(dir.resolve("kort.yaml"));
        Files.writeString(dir.resolve("haakjes.yaml"), kort.replace("id: kort", "id: haakjes").replace("translations: [en]\n", "")
                .replace("    title: Twee\n", "    title: Twee\n    relevant: " + "(".repeat(1000) + "1" + ")".repeat(1000) + "\n"));
        Files.writeString(dir.resolve("groot.yaml"), kort.replace("id: kort", "id: groot") + "# commentaar\n".repeat(500_000));
        Files.write(dir.resolve("latijn.yaml"), kort.replace("id: kort", "id: latijn").replace("Welk getal", "Welk caf\u00e9")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("lang.yaml"), kort.replace("id: kort", "id: lang").replace("translations: [en]\n", "")
                .replace("    title: Twee\n", "    title: Twee\n    relevant: ${kleur} = 'rood'" + " and 1 = 1".repeat(20_000) + "\n"));
        catalog.reload();

        List<String> problems = catalog.problems().stream().map(LoadProblem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(dir.resolve("haakjes.yaml") + ":14: relevant of page 'twee':"
                + " more than 50 brackets")), problems.toString());
        assertTrue(problems.contains(dir.resolve("groot.yaml") + ": the file is 6349 KB; a questionnaire or translation file"
                + " may be at most 512 KB (remove long comments, or split the questionnaire)"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(dir.resolve("latijn.yaml") + ":18: byte 0xE9 at column 24 is not UTF-8")),
                problems.toString());
        assertEquals(List.of("kort", "lang", "leeg"), catalog.all().stream().map(PublishedQuestionnaire::id).toList());

        // the 20,000 'and' terms load and are evaluated on every page
        String link = SignedIn.asAdmin().redirects().follow(false).get("/preview/lang?lang=nl").then().statusCode(303).extract().header("Location");
        String token = link.substring(link.lastIndexOf('/') + 1);
        String next = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("_shown", "kleur").formParam("_action", "next").formParam("kleur", "rood")
                .post("/r/" + token + "/p/een").then().statusCode(303).extract().header("Location");
        assertTrue(next.endsWith("/p/twee"), next);
        given().get(next).then().statusCode(200);
    }

    @Test
    void theOverviewSaysPerLanguageHowCompleteTheTranslationIs() {
        Document overview = Jsoup.parse(SignedIn.asAdmin().get("/").then().statusCode(200).extract().asString());
        assertEquals("Nederlands: brontaal · source", overview.selectFirst("#q-kort .lang-nl").text());
        assertEquals("English: 1 van 7 teksten vertaald · 1 of 7 texts translated", overview.selectFirst("#q-kort .lang-en").text());
    }

    @Test
    void aQuestionnaireWhereNothingAppliesEndsAtOnce() {
        String link = SignedIn.asAdmin().redirects().follow(false).get("/preview/leeg?lang=nl").then().statusCode(303)
                .extract().header("Location");
        Document done = Jsoup.parse(given().get(link).then().statusCode(200).extract().asString());
        assertTrue(done.selectFirst("h1").text().contains("bedankt"), done.text());
    }

    @Test
    void anIncompleteTranslationIsNotLiveButCanBePreviewed() {
        PublishedQuestionnaire kort = catalog.current("kort").orElseThrow();
        assertFalse(kort.isComplete(nl.stemmen.language.Language.EN));
        assertEquals(List.of(nl.stemmen.language.Language.NL), kort.liveLanguages());

        Document page = Jsoup.parse(SignedIn.asAdmin().get("/preview/kort?lang=en").then().statusCode(200).extract().asString());
        assertEquals("Short", page.selectFirst(".qtitle").text());
        assertTrue(page.selectFirst(".banner").text().contains("shown in Dutch"), page.selectFirst(".banner").text());
        assertEquals("Welke kleur vindt u mooi?", page.selectFirst("legend").text(), "untranslated texts fall back to Dutch");
    }

    @Test
    void translatorsCanReadWhatIsMissingOrStalePerLanguage() throws IOException {
        var json = SignedIn.asAdmin().get("/api/questionnaires").then().statusCode(200).extract().jsonPath();
        assertEquals(false, json.getBoolean("questionnaires[0].translations[0].live"));
        assertTrue(json.getList("questionnaires[0].translations[0].missing").contains("een.kleur.label"));
        assertTrue(json.getList("refused.line").contains(9));

        // the Dutch title changes: the English title is now stale, and shown in Dutch
        Path file = DIR.resolve("questionnaires/kort.yaml");
        Files.writeString(file, Files.readString(file).replace("version: 1", "version: 3").replace("title: Kort", "title: Korter"));
        catalog.reload();
        json = SignedIn.asAdmin().get("/api/questionnaires").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("title"), json.getList("questionnaires[0].translations[0].stale"));
        Document page = Jsoup.parse(SignedIn.asAdmin().get("/preview/kort?lang=en").then().statusCode(200).extract().asString());
        assertEquals("Korter", page.selectFirst(".qtitle").text());
    }

    @Test
    void aTranslationSavedUnderTheWrongLanguageIsReported() throws IOException {
        Path po = DIR.resolve("translations/kort/en.po");
        Files.writeString(po, Files.readString(po).replace("Language: en", "Language: fa"));
        catalog.reload();
        assertTrue(catalog.problems().stream().anyMatch(p -> p.file().endsWith("en.po")
                && p.reason().equals("says 'Language: fa' in its header, but is the file for 'en'")), catalog.problems().toString());
    }

    @Test
    void aTranslationThatIsNotUtf8IsReportedWithItsLineAndTheQuestionnaireStaysServed() throws IOException {
        Path po = DIR.resolve("translations/kort/en.po");
        Files.write(po, (Files.readString(po) + "\nmsgctxt \"een.title\"\nmsgid \"Een\"\nmsgstr \"Caf\u00e9\"\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        int badLine = (int) Files.readString(po, java.nio.charset.StandardCharsets.ISO_8859_1).lines().count();
        catalog.reload();
        assertTrue(catalog.problems().contains(new LoadProblem(po.toString(), badLine,
                "byte 0xE9 at column 12 is not UTF-8 (probably 'é' saved as Windows-1252); save the file as UTF-8")),
                catalog.problems().toString());
        assertTrue(catalog.current("kort").isPresent());
    }

    @Test
    void aResponseKeepsTheVersionItStartedOn() throws IOException {
        String started = startedOnPageTwo();

        Path file = DIR.resolve("questionnaires/kort.yaml");
        Files.writeString(file, Files.readString(file).replace("version: 1", "version: 2")
                .replace("name: getal", "name: leeftijd").replace("Welk getal kiest u?", "Hoe oud bent u?"));
        catalog.reload();
        assertTrue(catalog.problems().stream().noneMatch(p -> p.file().endsWith("kort.yaml")));

        Document old = Jsoup.parse(given().get(started).then().statusCode(200).extract().asString());
        assertEquals("getal", old.selectFirst("input[name=_shown]").val(), "the old response goes on with version 1");

        String fresh = startedOnPageTwo();
        Document now = Jsoup.parse(given().get(fresh).then().statusCode(200).extract().asString());
        assertEquals("leeftijd", now.selectFirst("input[name=_shown]").val());
    }

    @Test
    void changingAVersionInUseWithoutRaisingItIsRefused() throws IOException {
        startedOnPageTwo();
        Path file = DIR.resolve("questionnaires/kort.yaml");
        Files.writeString(file, Files.readString(file).replace("name: getal", "name: aantal"));
        catalog.reload();
        assertTrue(catalog.problems().stream().anyMatch(p -> p.file().endsWith("kort.yaml")
                && p.reason().contains("raise 'version'")), catalog.problems().toString());
        assertTrue(catalog.current("kort").isEmpty());
    }

    /** Starts a response on kort, answers page one, and returns the address of page two. */
    private static String startedOnPageTwo() {
        String link = SignedIn.asAdmin().redirects().follow(false).get("/preview/kort?lang=nl").then().statusCode(303)
                .extract().header("Location");
        String token = link.substring(link.lastIndexOf('/') + 1);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("_shown", "kleur").formParam("_action", "next").formParam("kleur", "rood")
                .post("/r/" + token + "/p/een").then().statusCode(303);
        return "/r/" + token + "/p/twee";
    }
}
