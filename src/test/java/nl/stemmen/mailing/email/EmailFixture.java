package nl.stemmen.mailing.email;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * A study of twenty people P01–P20 invited over HTTP, and the mailing calls the e-mail tests make. P08 reads English,
 * P09 Arabic, the rest Dutch; P19 has no e-mail address; P01 is p01@example.nl and so on.
 */
final class EmailFixture {

    private EmailFixture() {
    }

    /** A study and its mailing file, by ref. */
    record Invited(String study, Map<String, CSVRecord> byRef) {
        /** The path of the person's personal link. */
        String link(String ref) {
            return URI.create(byRef.get(ref).get("link")).getPath();
        }
    }

    /** Makes the study of twenty (with this contact e-mail, or none when null), its frame and invitations. */
    static Invited studyOfTwenty(RequestSpecification lead, String contact) {
        Map<String, Object> study = new HashMap<>(Map.of("name", "Twintig mensen", "organisation", "Gemeente Maastricht",
                "questionnaire", "thuis-in-de-stad", "start", "2026-11-01", "end", "2026-12-21",
                "languages", List.of("nl", "en", "ar"), "dimensions", List.of(Map.of("name", "gender"))));
        if (contact != null) {
            study.put("contact_email", contact);
        }
        String id = given().spec(lead).contentType(ContentType.JSON).body(study).post("/api/studies").then().statusCode(201)
                .extract().path("id");
        StringBuilder frame = new StringBuilder("ref,name,email,letter_language,gender\n");
        for (int i = 1; i <= 20; i++) {
            String ref = String.format("P%02d", i);
            frame.append(ref).append(",Persoon ").append(i).append(',').append(i == 19 ? "" : ref.toLowerCase() + "@example.nl")
                    .append(',').append(i == 8 ? "en" : i == 9 ? "ar" : "nl").append(',').append(i % 2 == 1 ? "vrouw" : "man")
                    .append('\n');
        }
        given().spec(lead).contentType("text/csv").body(frame.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/studies/" + id + "/frame").then().statusCode(200);
        given().spec(lead).post("/api/studies/" + id + "/invitations").then().statusCode(201);
        return new Invited(id, byRef(given().spec(lead).get("/api/studies/" + id + "/invitations.csv").then().statusCode(200)
                .extract().asString()));
    }

    /** A mailing file ({@code ref,…} CSV with a header) by ref. */
    static Map<String, CSVRecord> byRef(String csv) {
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                    .getRecords().stream().collect(Collectors.toMap(r -> r.get("ref"), Function.identity()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes an e-mail mailing (or reminder) of the whole study: its JSON ({@code id}, {@code count}, …). */
    static JsonPath mailing(RequestSpecification lead, String study, boolean reminder) {
        return given().spec(lead).contentType(ContentType.JSON).body(Map.of("channel", "email", "reminder", reminder))
                .post("/api/studies/" + study + "/mailings").then().statusCode(201).extract().jsonPath();
    }

    /** Starts sending the mailing (202). */
    static void send(RequestSpecification lead, String study, int mailing) {
        given().spec(lead).post("/api/studies/" + study + "/mailings/" + mailing + "/sending").then().statusCode(202);
    }

    /** Waits (up to 40 s, else fails) until sending is done; gives the progress then. */
    static JsonPath awaitDone(RequestSpecification lead, String study, int mailing) throws InterruptedException {
        return awaitProgress(lead, study, mailing, p -> p.getBoolean("done"), "sending did not finish");
    }

    /** Waits (up to 40 s, else fails with this message) until the mailing's progress is as asked; gives it. */
    static JsonPath awaitProgress(RequestSpecification lead, String study, int mailing, Predicate<JsonPath> until,
            String otherwise) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        JsonPath now;
        while (!until.test(now = progress(lead, study, mailing))) {
            assertTrue(System.nanoTime() < deadline, otherwise + ": " + now.prettify());
            Thread.sleep(200);
        }
        return now;
    }

    /** The mailing's sending progress. */
    static JsonPath progress(RequestSpecification lead, String study, int mailing) {
        return given().spec(lead).get("/api/studies/" + study + "/mailings/" + mailing + "/sending").then().statusCode(200)
                .extract().jsonPath();
    }
}
