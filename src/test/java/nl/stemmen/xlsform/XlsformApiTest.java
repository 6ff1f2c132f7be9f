package nl.stemmen.xlsform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import nl.stemmen.catalog.QuestionnaireCatalog;
import nl.stemmen.questionnaire.load.QuestionnaireLoader;
import nl.stemmen.questionnaire.model.Questionnaire;
import nl.stemmen.study.StudyFixture;

/** XLSForm through the API: a workbook converted (or refused cell by cell), a served questionnaire as a workbook. */
@QuarkusTest
class XlsformApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    QuestionnaireCatalog catalog;

    @Inject
    jakarta.persistence.EntityManager entities;

    @Test
    void aLeadConvertsAWorkbookToTheQuestionnaireFileAndItsTranslations() throws Exception {
        JsonPath answer = StudyFixture.anotherLead().contentType(XLSX).body(XlsformImportTest.sixLanguages())
                .post("/api/xlsform/convert").then().statusCode(200).extract().jsonPath();
        assertEquals("taal-en-werk", answer.getString("id"));
        Questionnaire q = new QuestionnaireLoader().load("taal-en-werk.yaml", answer.getString("yaml"));
        assertEquals(List.of("en", "ar", "tr", "fa", "ti"), q.translations());
        Map<String, String> translations = answer.getMap("translations");
        assertEquals(List.of("en", "ar", "tr", "fa", "ti", "so"), List.copyOf(translations.keySet()));
        assertEquals("بله", XlsformImportTest.translation("fa", translations.get("fa")).text("choices.ja_nee.ja", "Ja")
                .orElseThrow());
        assertTrue(answer.getList("warnings.reason", String.class).stream().anyMatch(r -> r.contains("does not offer 'so'")));
    }

    @Test
    void aWorkbookIsPublishedAndServedWithItsTranslationsOrRefusedByCell() {
        RequestSpecification admin = nl.stemmen.access.SignedIn.asAdmin();
        admin.contentType(XLSX).body(XlsformImportTest.sixLanguages()).post("/api/questionnaires").then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201)).body("id", org.hamcrest.Matchers.equalTo("taal-en-werk"));
        assertTrue(catalog.find("taal-en-werk", 1).orElseThrow().liveLanguages().size() >= 5, "its translations are live");
        io.restassured.RestAssured.given().get("/preview/taal-en-werk?lang=ti").then().statusCode(200);
        JsonPath refused = nl.stemmen.access.SignedIn.asAdmin().contentType(XLSX).body(XlsformImportTest.mistakes())
                .post("/api/questionnaires").then().statusCode(422).extract().jsonPath();
        assertEquals(8, refused.getList("problems").size());
        assertEquals("E (required)", refused.getString("problems[2].column"));
    }

    @Test
    void aWorkbookWithMistakesAnswers422WithEveryCell() {
        JsonPath answer = StudyFixture.anotherLead().contentType(XLSX).body(XlsformImportTest.mistakes())
                .post("/api/xlsform/convert").then().statusCode(422).extract().jsonPath();
        assertEquals(8, answer.getList("problems").size());
        assertEquals("survey", answer.getString("problems[2].sheet"));
        assertEquals(3, answer.getInt("problems[2].row"));
        assertEquals("E (required)", answer.getString("problems[2].column"));
        assertTrue(answer.getString("problems[2].reason").contains("yes or no"));
        assertEquals("settings", answer.getString("problems[7].sheet"));
    }

    @Test
    void formulaCellsAreReadByTheirComputedTextOrRefusedAtTheirCellWhenNeverComputed() throws IOException {
        byte[] typed = new Workbooks().sheet("survey", "type", "name", "label")
                .row("text", "straat", "placeholder").row("text", "buurt", "Welke buurt?")
                .sheet("settings", "form_id", "version", "default_language").row("formules", "1", "nl").xlsx();
        // Google Sheets and converters store a formula's text result in a cell not typed as text
        byte[] computed = withCell(typed, "C2", "<c r=\"C2\"><f>\"Hoe heet \"&amp;\"uw straat?\"</f><v>Hoe heet uw straat?</v></c>");
        JsonPath converted = StudyFixture.anotherLead().contentType(XLSX).body(computed).post("/api/xlsform/convert")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(converted.getString("yaml").contains("label: Hoe heet uw straat?"), converted.getString("yaml"));

        // openpyxl writes formulas without a value: the label would silently be "0"
        byte[] neverComputed = withCell(typed, "C3", "<c r=\"C3\"><f>CONCATENATE(\"Welke \",\"buurt?\")</f><v></v></c>");
        JsonPath refused = StudyFixture.anotherLead().contentType(XLSX).body(neverComputed).post("/api/xlsform/convert")
                .then().statusCode(422).extract().jsonPath();
        assertEquals("survey", refused.getString("problems[0].sheet"));
        assertEquals(3, refused.getInt("problems[0].row"));
        assertEquals("C (label)", refused.getString("problems[0].column"));
        assertTrue(refused.getString("problems[0].reason").contains("no value computed"), refused.prettify());
    }

    /** The workbook with one cell of its first sheet replaced by {@code xml}, as other programs than POI write cells. */
    private static byte[] withCell(byte[] workbook, String reference, String xml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String sheet = new String(content, StandardCharsets.UTF_8);
                    String changed = sheet.replaceFirst("<c r=\"" + reference + "\"[^>]*>.*?</c>", java.util.regex.Matcher.quoteReplacement(xml));
                    assertTrue(!changed.equals(sheet), "cell " + reference + " in " + sheet);
                    content = changed.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void somethingElseThanAWorkbookAnswers422InWords() {
        JsonPath answer = StudyFixture.anotherLead().contentType("application/octet-stream")
                .body("type,name\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/xlsform/convert").then().statusCode(422).extract().jsonPath();
        assertTrue(answer.getString("problems[0].reason").startsWith("not a readable .xlsx workbook"));
    }

    @Test
    void theIdMayComeFromTheFileName() {
        byte[] workbook = new Workbooks().sheet("survey", "type", "name", "label").row("text", "naam", "Hoe heet uw straat?")
                .xlsx();
        JsonPath answer = StudyFixture.anotherLead().contentType(XLSX).body(workbook).queryParam("name", "Straat Namen.xlsx")
                .post("/api/xlsform/convert").then().statusCode(200).extract().jsonPath();
        assertEquals("straat-namen", answer.getString("id"));
    }

    @Test
    void aServedQuestionnaireDownloadsAsAWorkbookThatImportsToTheSame() throws Exception {
        byte[] workbook = StudyFixture.anotherLead().get("/api/questionnaires/thuis-in-de-stad/form.xlsx").then()
                .statusCode(200).contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"thuis-in-de-stad.xlsx\"").extract().asByteArray();
        XlsformResult result = new XlsformImport().convert(workbook);
        assertEquals(List.of(), result.problems());
        Questionnaire served = catalog.current("thuis-in-de-stad").orElseThrow().questionnaire();
        assertEquals(XlsformRoundTripTest.described(served),
                XlsformRoundTripTest.described(new QuestionnaireLoader().load("x.yaml", result.yaml())));
        StudyFixture.anotherLead().get("/api/questionnaires/bestaat-niet/form.xlsx").then().statusCode(404);
    }

    @Test
    void aPublishedQuestionnaireKeepsItsChoiceFiltersRowConditionsExclusiveOptionsOtherAndRangesInItsWorkbook()
            throws Exception {
        String id = "keuzes-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String yaml = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/xlsform/questionnaires/keuzes.yaml"))
                .replace("id: keuzes", "id: " + id).replace("translations: [ar]", "");
        StudyFixture.anotherLead().contentType("application/yaml").body(yaml.getBytes(StandardCharsets.UTF_8))
                .post("/api/questionnaires").then().statusCode(201);
        byte[] workbook = StudyFixture.anotherLead().get("/api/questionnaires/" + id + "/form.xlsx").then().statusCode(200)
                .extract().asByteArray();
        String back = StudyFixture.anotherLead().contentType(XLSX).body(workbook).post("/api/xlsform/convert").then()
                .statusCode(200).extract().path("yaml");
        Questionnaire served = catalog.current(id).orElseThrow().questionnaire();
        assertEquals(XlsformRoundTripTest.described(served),
                XlsformRoundTripTest.described(new QuestionnaireLoader().load("x.yaml", back)));
        assertTrue(back.contains("choice_filter: land = ${land}") && back.contains("or_other")
                && back.contains("exclusive: true") && back.contains("start=0 end=10 step=1"), back);
    }

    @Test
    void theSameWorkbookUnderAnotherFileNameIsTheSameVersionNotAConflict() {
        String id = "hernoemd-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        byte[] workbook = new Workbooks().sheet("survey", "type", "name", "label").row("text", "straat", "Hoe heet uw straat?")
                .sheet("settings", "form_id", "version", "default_language").row(id, "1", "nl").xlsx();
        String lead = StudyFixture.account("lead");
        StudyFixture.as(lead).contentType(XLSX).body(workbook).post("/api/questionnaires").then().statusCode(201);
        // the browser saved the downloaded copy as "vragenlijst (1).xlsx"; the publish page sends it with its name
        StudyFixture.as(lead).multiPart("file", "vragenlijst (1).xlsx", workbook, "application/octet-stream")
                .post("/api/questionnaires").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.equalTo(id)).body("version", org.hamcrest.Matchers.equalTo(1));

        // a version published before this fix named the file in its first comment line
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            String stored = (String) entities.createNativeQuery("select source from questionnaire_version"
                    + " where questionnaire_id = ?1 and version = 1").setParameter(1, id).getSingleResult();
            String old = stored.replaceFirst("XLSForm workbook\\.", "XLSForm workbook (questionnaire.xlsx).");
            assertTrue(!old.equals(stored), stored);
            entities.createNativeQuery("update questionnaire_version set source = ?1, source_sha256 = ?2"
                    + " where questionnaire_id = ?3 and version = 1").setParameter(1, old).setParameter(2, sha256(old))
                    .setParameter(3, id).executeUpdate();
        });
        StudyFixture.as(lead).multiPart("file", "vragenlijst.xlsx", workbook, "application/octet-stream")
                .post("/api/questionnaires").then().statusCode(200).body("version", org.hamcrest.Matchers.equalTo(1));
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void onlyStaffWhoWriteQuestionnairesMayUseIt() {
        given().contentType(XLSX).body(XlsformImportTest.neighbourhood()).post("/api/xlsform/convert").then().statusCode(401);
        given().get("/api/questionnaires/thuis-in-de-stad/form.xlsx").then().statusCode(401);
        StudyFixture.fieldworker().contentType(XLSX).body(XlsformImportTest.neighbourhood()).post("/api/xlsform/convert")
                .then().statusCode(403);
        StudyFixture.fieldworker().get("/api/questionnaires/thuis-in-de-stad/form.xlsx").then().statusCode(403);
    }
}
