package nl.stemmen.invite;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;


import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.stemmen.access.SignedIn;
import nl.stemmen.respond.RespondentSession;
import nl.stemmen.study.StudyFixture;

/**
 * Batches of unbound links and codes for an organisation that mails the letters itself (issue 15):
 * distinct codes that open responses like any personal link, the same codes again, QR images that
 * read back to the links, the reminder list without those who completed, and only the study's lead.
 */
@QuarkusTest
class BatchesTest {

    private static List<CSVRecord> csv(String text) {
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static io.restassured.response.Response create(RequestSpecification as, String study, Object count) {
        return as.contentType(ContentType.JSON).body(Map.of("count", count)).post("/api/studies/" + study + "/batches");
    }

    /** A new batch of {@code count}: its id (from the Location) and its lines. */
    private record Made(long id, List<CSVRecord> lines) {
    }

    private static Made made(StudyFixture study, int count) {
        var answer = create(study.lead(), study.id(), count).then().statusCode(201).contentType("text/csv").extract();
        String location = URI.create(answer.header("Location")).getPath();
        assertTrue(location.matches("/api/studies/" + study.id() + "/batches/\\d+/codes\\.csv"), location);
        long id = Long.parseLong(location.split("/")[5]);
        return new Made(id, csv(answer.asString()));
    }

    private static String path(CSVRecord line) {
        return URI.create(line.get("link")).getPath();
    }

    @Test
    void aBatchOfFiveGivesFiveDistinctLinksAndCodesThatCanBeTakenAgain() {
        StudyFixture study = StudyFixture.create();
        Made batch = made(study, 5);
        assertEquals(5, batch.lines().size());
        assertEquals(5, batch.lines().stream().map(l -> l.get("link")).distinct().count());
        assertEquals(5, batch.lines().stream().map(l -> l.get("code")).distinct().count());
        for (CSVRecord line : batch.lines()) {
            assertTrue(path(line).matches("/s/[A-Za-z0-9_-]{22}"), line.get("link"));
            assertTrue(line.get("code").matches("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}"), line.get("code"));
        }
        String again = study.lead().get(study.path() + "/batches/" + batch.id() + "/codes.csv").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        assertEquals(batch.lines().stream().map(CSVRecord::toList).toList(), csv(again).stream().map(CSVRecord::toList).toList(),
                "the same links and codes, in the same order");

        Made second = made(study, 2);
        var listed = study.lead().get(study.path() + "/batches").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(batch.id(), second.id()), listed.getList("id", Long.class));
        assertEquals(List.of(5, 2), listed.getList("count", Integer.class));
        assertEquals(study.leadName(), listed.getString("[0].created_by"));
        assertFalse(listed.getString("[0].created_at").isEmpty());
        study.lead().get(study.path() + "/invitations.csv").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(batch.lines().get(0).get("code"))));
    }

    @Test
    void askedForJsonTheNewBatchAnswersWithItsListing() {
        StudyFixture study = StudyFixture.create();
        var made = study.lead().contentType(ContentType.JSON).accept(ContentType.JSON).body(Map.of("count", 3))
                .post(study.path() + "/batches").then().statusCode(201).contentType(ContentType.JSON).extract().jsonPath();
        assertEquals(3, made.getInt("count"));
        assertEquals(3, csv(study.lead().get(study.path() + "/batches/" + made.getLong("id") + "/codes.csv").asString()).size());
    }

    @Test
    void anUnboundLinkAsksTheLanguageThenOpensAResponseAndATypedCodeToo() {
        StudyFixture study = StudyFixture.create();
        Made batch = made(study, 5);
        String link = path(batch.lines().get(0));
        Document choose = Jsoup.parse(given().redirects().follow(false).get(link).then().statusCode(200).extract().asString());
        assertTrue(choose.select("a[href=?lang=ar]").size() == 1, "no letter language: the respondent chooses");

        RespondentSession.arriving(link + "?lang=ar");
        var stored = SignedIn.asAdmin().get("/api/responses/link/" + link.substring(3)).then().statusCode(200).extract().jsonPath();
        assertEquals(study.id(), stored.getString("study"));
        assertEquals("personal_link", stored.getString("channel"));
        assertEquals("ar", stored.getString("language"));

        CSVRecord typed = batch.lines().get(1);
        String location = given().redirects().follow(false).formParam("code", typed.get("code").toLowerCase())
                .formParam("lang", "tr").post("/code").then().statusCode(303).extract().header("Location");
        assertEquals("/r/" + path(typed).substring(3), URI.create(location).getPath(), "the code opens its link's response");
        var byCode = SignedIn.asAdmin().get("/api/responses/link/" + path(typed).substring(3)).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("short_code", byCode.getString("channel"));
        assertEquals("tr", byCode.getString("language"));
    }

    @Test
    void aCompletedOrWithdrawnResponseLeavesTheRemindersList() {
        StudyFixture study = StudyFixture.create();
        Made batch = made(study, 5);
        String reminders = study.path() + "/batches/" + batch.id() + "/not-completed.csv";
        assertEquals(5, csv(study.lead().get(reminders).then().statusCode(200).contentType("text/csv").extract().asString()).size());

        RespondentSession.arriving(path(batch.lines().get(2)) + "?lang=nl").finish();
        RespondentSession.arriving(path(batch.lines().get(3)) + "?lang=nl"); // started, not completed: still reminded
        String withdrawing = path(batch.lines().get(4)).substring(3);
        RespondentSession.arriving("/s/" + withdrawing + "?lang=nl");
        Document later = Jsoup.parse(given().get("/r/" + withdrawing + "/later").then().statusCode(200).extract().asString());
        Document confirm = Jsoup.parse(given().get(later.selectFirst(".stop a").attr("href")).then().statusCode(200).extract().asString());
        given().post(confirm.selectFirst("form").attr("action")).then().statusCode(410);

        List<String> left = csv(study.lead().get(reminders).asString()).stream().map(l -> l.get("code")).toList();
        assertEquals(List.of(0, 1, 3).stream().map(i -> batch.lines().get(i).get("code")).toList(), left,
                "neither who completed nor who withdrew is reminded");
        assertEquals(List.of("link", "code"), csv(study.lead().get(reminders).asString()).get(0).getParser().getHeaderNames());
    }

    @Test
    void theQrZipHoldsOnePngPerCodeThatReadsBackToItsLink() throws Exception {
        StudyFixture study = StudyFixture.create();
        Made batch = made(study, 5);
        byte[] zip = study.lead().get(study.path() + "/batches/" + batch.id() + "/qr.zip").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        Map<String, String> decoded = new LinkedHashMap<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                decoded.put(entry.getName(), QrCodes.read(ImageIO.read(new ByteArrayInputStream(entries.readAllBytes()))));
            }
        }
        Map<String, String> expected = new LinkedHashMap<>();
        batch.lines().forEach(line -> expected.put(line.get("code") + ".png", line.get("link")));
        assertEquals(expected, decoded);
    }

    @Test
    void aCountOutsideOneTo100000OrNoNumberIsRefusedWithProblems() {
        StudyFixture study = StudyFixture.create();
        for (Object count : List.of(0, 100_001, -3)) {
            create(study.lead(), study.id(), count).then().statusCode(422).contentType(ContentType.JSON)
                    .body("problems[0].field", org.hamcrest.Matchers.equalTo("count"));
        }
        create(study.lead(), study.id(), "abc").then().statusCode(400).contentType(ContentType.JSON)
                .body("problems[0].field", org.hamcrest.Matchers.equalTo("count"));
        create(study.lead(), study.id(), 2.5).then().statusCode(400);
        study.lead().contentType(ContentType.JSON).body("{}").post(study.path() + "/batches").then().statusCode(422)
                .body("problems[0].field", org.hamcrest.Matchers.equalTo("count"));
        assertEquals(0, study.lead().get(study.path() + "/batches").jsonPath().getList("id").size(), "nothing made");
    }

    @Test
    void onlyTheStudysLeadAndAdminsReachItsBatches() {
        StudyFixture study = StudyFixture.create();
        Made batch = made(study, 2);
        String base = study.path() + "/batches";
        List<String> downloads = List.of(base, base + "/" + batch.id() + "/codes.csv", base + "/" + batch.id() + "/qr.zip",
                base + "/" + batch.id() + "/not-completed.csv");
        RequestSpecification other = StudyFixture.anotherLead();
        RequestSpecification fieldworker = StudyFixture.fieldworker();
        for (String download : downloads) {
            other.get(download).then().statusCode(404);
            fieldworker.get(download).then().statusCode(403);
            given().get(download).then().statusCode(401);
            SignedIn.asAdmin().get(download).then().statusCode(200);
        }
        create(other, study.id(), 2).then().statusCode(404);
        create(other, study.id(), 0).then().statusCode(404); // not 422: a wrong count tells nothing of the study
        create(fieldworker, study.id(), 2).then().statusCode(403);
        create(SignedIn.asAdmin(), study.id(), 1).then().statusCode(201);

        StudyFixture elsewhere = StudyFixture.create();
        elsewhere.lead().get(elsewhere.path() + "/batches/" + batch.id() + "/codes.csv").then().statusCode(404);
        study.lead().get(base + "/999999999/qr.zip").then().statusCode(404);
    }
}
