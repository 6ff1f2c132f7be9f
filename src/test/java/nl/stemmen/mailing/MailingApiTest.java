package nl.stemmen.mailing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import nl.stemmen.respond.RespondentSession;
import nl.stemmen.study.StudyFixture;
import nl.stemmen.study.SubgroupCells;

/**
 * Mailings and reminder waves (issue 15) for a 20-person frame: P01–P05 complete through the real
 * pages and P06 withdraws, so a reminder goes to P07–P20 only; cells, contact details and the SMS file
 * follow from the frame below.
 */
@QuarkusTest
class MailingApiTest {

    /** Odd refs are women; everyone has a postcode, all but P19 an e-mail, only P07, P08 and P09 a phone. */
    private static final String FRAME;

    static {
        StringBuilder frame = new StringBuilder("ref,postcode,email,phone,letter_language,gender,age_band\n");
        for (int i = 1; i <= 20; i++) {
            String ref = String.format("P%02d", i);
            String phone = i == 7 ? "+31612345607" : i == 8 ? "+31612345608" : i == 9 ? "+31612345609" : "";
            String language = i == 8 ? "en" : i == 9 ? "ar" : "nl";
            frame.append(ref).append(",6211 AB,").append(i == 19 ? "" : ref.toLowerCase() + "@example.nl").append(',')
                    .append(phone).append(',').append(language).append(',').append(i % 2 == 1 ? "vrouw" : "man")
                    .append(",18_29\n");
        }
        FRAME = frame.toString();
    }

    private record Invited(String study, Map<String, CSVRecord> byRef) {
        String link(String ref) {
            return URI.create(byRef.get(ref).get("link")).getPath();
        }
    }

    private static Invited studyOfTwenty(RequestSpecification lead) {
        String id = lead.contentType(ContentType.JSON).body(Map.of("name", "Twintig mensen", "organisation", "Gemeente Maastricht",
                "questionnaire", "thuis-in-de-stad", "start", "2026-11-01", "end", "2026-12-21", "languages", List.of("nl"),
                "dimensions", List.of(Map.of("name", "gender", "categories", List.of("man", "vrouw")), Map.of("name", "age_band"))))
                .post("/api/studies").then().statusCode(201).extract().path("id");
        given().spec(lead).contentType("text/csv").body(FRAME.getBytes(StandardCharsets.UTF_8))
                .post("/api/studies/" + id + "/frame").then().statusCode(200);
        given().spec(lead).post("/api/studies/" + id + "/invitations").then().statusCode(201);
        return new Invited(id, byRef(given().spec(lead).get("/api/studies/" + id + "/invitations.csv").then().statusCode(200)
                .extract().asString(), "ref"));
    }

    private static Map<String, CSVRecord> byRef(String csv, String column) {
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                    .getRecords().stream().collect(Collectors.toMap(r -> r.get(column), Function.identity()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath mail(RequestSpecification lead, String study, Map<String, Object> body) {
        return given().spec(lead).contentType(ContentType.JSON).body(body).post("/api/studies/" + study + "/mailings")
                .then().statusCode(201).extract().jsonPath();
    }

    private static List<String> recipients(RequestSpecification lead, String study, int mailing) {
        return byRef(given().spec(lead).get("/api/studies/" + study + "/mailings/" + mailing + "/recipients.csv").then()
                .statusCode(200).contentType("text/csv").extract().asString(), "ref").keySet().stream().sorted().toList();
    }

    private static List<String> refs(int from, int to, int step) {
        List<String> refs = new java.util.ArrayList<>();
        for (int i = from; i <= to; i += step) {
            refs.add(String.format("P%02d", i));
        }
        return refs;
    }

    @Test
    void aReminderWaveGoesToThoseWhoNeitherCompletedNorWithdrew() {
        StudyFixture fixture = StudyFixture.create();
        RequestSpecification lead = fixture.lead();
        Invited invited = studyOfTwenty(lead);
        String study = invited.study();

        JsonPath first = mail(lead, study, Map.of("channel", "letter", "reminder", false));
        assertEquals(20, first.getInt("count"));
        assertEquals(0, first.getInt("skipped"));
        Map<String, CSVRecord> statuses = byRef(given().spec(lead).get("/api/studies/" + study + "/invitations.csv")
                .then().extract().asString(), "ref");
        assertEquals("mailed", statuses.get("P20").get("status"), "a first mailing marks its invitations mailed");

        for (String ref : refs(1, 5, 1)) {
            RespondentSession.arriving(invited.link(ref)).finish();
        }
        RespondentSession.withdraw(invited.link("P06"));

        JsonPath reminder = mail(lead, study, Map.of("channel", "letter", "reminder", true));
        assertEquals(14, reminder.getInt("count"));
        List<String> reminded = recipients(lead, study, reminder.getInt("id"));
        assertEquals(refs(7, 20, 1), reminded, "neither the five who completed nor P06, who withdrew");
        CSVRecord p07 = byRef(given().spec(lead).get("/api/studies/" + study + "/mailings/" + reminder.getInt("id")
                + "/recipients.csv").then().extract().asString(), "ref").get("P07");
        assertEquals(invited.byRef().get("P07").get("link"), p07.get("link"), "a reminder carries the same link");
        assertEquals(invited.byRef().get("P07").get("code"), p07.get("code"));

        // a wave to the lagging women only, by e-mail: P19 has no address, so is skipped and counted
        JsonPath women = mail(lead, study, Map.of("channel", "email", "reminder", true, "cells", Map.of("gender", List.of("vrouw"))));
        assertEquals(6, women.getInt("count"));
        assertEquals(1, women.getInt("skipped"));
        assertEquals(List.of("P07", "P09", "P11", "P13", "P15", "P17"), recipients(lead, study, women.getInt("id")));

        JsonPath nobody = mail(lead, study, Map.of("channel", "letter", "reminder", true, "cells", Map.of("gender", List.of(SubgroupCells.UNKNOWN))));
        assertEquals(0, nobody.getInt("count"), "people without a gender: a real cell, nobody in it here");

        RespondentSession.arriving(invited.link("P07")).finish();

        JsonPath list = lead.get("/api/studies/" + study + "/mailings").then().statusCode(200).extract().jsonPath();
        assertEquals(4, list.getList("").size());
        assertEquals(fixture.leadName(), list.getString("[2].created_by"));
        assertEquals("email", list.getString("[2].channel"));
        assertEquals(true, list.getBoolean("[2].reminder"));
        assertEquals(List.of("vrouw"), list.getList("[2].cells.gender"));
        assertEquals(6, list.getInt("[2].count"));
        assertTrue(list.getString("[0].created_at").startsWith("20"));

        JsonPath monitor = lead.get("/api/studies/" + study + "/monitor").then().statusCode(200).extract().jsonPath();
        assertEquals(6, monitor.getInt("completed"), "the monitor's fields stay as they were");
        assertEquals(4, monitor.getList("waves").size());
        assertEquals(first.getInt("id"), monitor.getInt("waves[0].id"));
        assertEquals("letter", monitor.getString("waves[0].channel"));
        assertEquals(false, monitor.getBoolean("waves[0].reminder"));
        assertEquals(20, monitor.getInt("waves[0].count"));
        assertEquals(6, monitor.getInt("waves[0].completed_after"), "P01–P05 and P07 completed after the first letter");
        assertEquals(14, monitor.getInt("waves[1].count"));
        assertEquals(1, monitor.getInt("waves[1].completed_after"), "only P07 completed after the reminder");
        assertEquals(1, monitor.getInt("waves[2].completed_after"));
        assertEquals(0, monitor.getInt("waves[3].completed_after"));
        assertTrue(monitor.getString("waves[1].date").matches("\\d{4}-\\d{2}-\\d{2}"));

        String page = lead.get("/studies/" + study + "/monitor").then().statusCode(200).extract().asString();
        assertTrue(page.contains("H1") && page.contains("H2"), "the chart marks the reminder waves");
    }

    @Test
    void anSmsFileHasEachPersonsPhoneLanguageLinkAndCode() {
        StudyFixture fixture = StudyFixture.create();
        RequestSpecification lead = fixture.lead();
        Invited invited = studyOfTwenty(lead);
        String study = invited.study();
        JsonPath sms = mail(lead, study, Map.of("channel", "sms", "reminder", false));
        assertEquals(3, sms.getInt("count"));
        assertEquals(17, sms.getInt("skipped"), "only three have a phone number");

        String csv = given().spec(lead).get("/api/studies/" + study + "/mailings/" + sms.getInt("id") + "/sms.csv").then()
                .statusCode(200).contentType("text/csv").extract().asString();
        assertTrue(csv.startsWith("phone,language,message,parts\n"), csv);
        Map<String, CSVRecord> byPhone = byRef(csv, "phone");
        assertEquals(3, byPhone.size());
        CSVRecord dutch = byPhone.get("+31612345607");
        assertEquals("nl", dutch.get("language"));
        assertTrue(dutch.get("message").startsWith("Wilt u meedoen"), dutch.get("message"));
        assertTrue(dutch.get("message").contains(invited.byRef().get("P07").get("link")));
        assertTrue(dutch.get("message").contains(invited.byRef().get("P07").get("code")));
        assertEquals("1", dutch.get("parts"), "Dutch B1 with a link and code fits one GSM-7 SMS");
        CSVRecord english = byPhone.get("+31612345608");
        assertEquals("en", english.get("language"));
        assertTrue(english.get("message").startsWith("Would you take part"), english.get("message"));
        assertTrue(english.get("message").contains(invited.byRef().get("P08").get("link")));
        assertTrue(english.get("message").contains(invited.byRef().get("P08").get("code")));
        CSVRecord arabic = byPhone.get("+31612345609");
        assertEquals("ar", arabic.get("language"));
        assertTrue(arabic.get("message").startsWith("Wilt u meedoen"), "not translated yet: Dutch");
        assertTrue(arabic.get("message").contains(invited.byRef().get("P09").get("code")));

        int letter = mail(lead, study, Map.of("channel", "letter", "reminder", false)).getInt("id");
        given().spec(lead).get("/api/studies/" + study + "/mailings/" + letter + "/sms.csv").then().statusCode(409)
                .body("problems[0].field", org.hamcrest.Matchers.equalTo("channel"));
    }

    @Test
    void onlyTheOwningLeadAndAdminsMakeOrSeeMailings() {
        StudyFixture fixture = StudyFixture.create();
        Invited invited = studyOfTwenty(fixture.lead());
        String path = "/api/studies/" + invited.study() + "/mailings";
        Map<String, Object> body = Map.of("channel", "letter", "reminder", false);
        int mailing = mail(fixture.lead(), invited.study(), body).getInt("id");

        given().spec(StudyFixture.fieldworker()).contentType(ContentType.JSON).body(body).post(path).then().statusCode(403);
        given().spec(StudyFixture.fieldworker()).get(path + "/" + mailing + "/recipients.csv").then().statusCode(403);
        given().spec(StudyFixture.anotherLead()).contentType(ContentType.JSON).body(body).post(path).then().statusCode(404);
        given().spec(StudyFixture.anotherLead()).get(path).then().statusCode(404);
        given().spec(StudyFixture.anotherLead()).get(path + "/" + mailing + "/recipients.csv").then().statusCode(404);
        given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(401);
        given().spec(nl.stemmen.access.SignedIn.asAdmin()).get(path).then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(1));
        given().spec(nl.stemmen.access.SignedIn.asAdmin()).get(path + "/" + mailing + "/recipients.csv").then().statusCode(200);

        // a mailing of another study is not found through this one
        StudyFixture other = StudyFixture.create();
        given().spec(other.lead()).get(other.path() + "/mailings/" + mailing + "/recipients.csv").then().statusCode(404);
        given().spec(fixture.lead()).get(path + "/999999999/recipients.csv").then().statusCode(404);
    }

    @Test
    void badBodiesAreRefusedWithEveryProblemAndNothingIsRecorded() {
        StudyFixture fixture = StudyFixture.create();
        RequestSpecification lead = fixture.lead();
        String path = fixture.path() + "/mailings";
        JsonPath problems = given().spec(lead).contentType(ContentType.JSON)
                .body(Map.of("channel", "fax", "cells", Map.of("nationality", List.of("NL"), "gender", List.of())))
                .post(path).then().statusCode(400).extract().jsonPath();
        List<String> fields = problems.getList("problems.field");
        assertTrue(fields.containsAll(List.of("channel", "reminder", "cells.nationality", "cells.gender")), fields.toString());
        assertTrue(problems.getString("problems.find { it.field == 'channel' }.reason").contains("letter"));

        given().spec(lead).contentType(ContentType.JSON).body(Map.of("reminder", true)).post(path).then().statusCode(400)
                .body("problems[0].field", org.hamcrest.Matchers.equalTo("channel"));
        given().spec(lead).contentType(ContentType.JSON).body("{\"channel\": \"letter\", \"reminder\": \"soms\"}").post(path)
                .then().statusCode(400).body("problems.size()", org.hamcrest.Matchers.greaterThan(0));
        given().spec(lead).contentType(ContentType.JSON).body("{\"channel\": \"letter\", \"reminder\": true, \"cells\": {\"gender\": \"vrouw\"}}")
                .post(path).then().statusCode(400).body("problems.size()", org.hamcrest.Matchers.greaterThan(0));
        given().spec(lead).contentType(ContentType.JSON).body("{\"channel\": ").post(path).then().statusCode(400);
        given().spec(lead).contentType(ContentType.JSON).post(path).then().statusCode(400);
        lead.get(path).then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void cellsTheStudyDoesNotHaveAreRefusedAlongWithEveryOtherProblem() {
        StudyFixture fixture = StudyFixture.create();
        RequestSpecification lead = fixture.lead();
        String study = studyOfTwenty(lead).study();
        String path = "/api/studies/" + study + "/mailings";

        for (String cells : List.of("{\"gender\": [\"onbekend\"]}", "{\"gender\": [\"Vrouw\"]}", "{\"gender\": [null]}",
                "{\"gender\": [\"vrouw\", null]}", "{\"gender\": null}", "{\"age_band\": [\"30_39\"]}")) {
            JsonPath refused = given().spec(lead).contentType(ContentType.JSON)
                    .body("{\"channel\": \"letter\", \"reminder\": true, \"cells\": " + cells + "}").post(path).then()
                    .statusCode(400).extract().jsonPath();
            assertEquals(List.of(cells.contains("age_band") ? "cells.age_band" : "cells.gender"),
                    refused.getList("problems.field"), cells);
        }
        assertTrue(given().spec(lead).contentType(ContentType.JSON)
                .body("{\"channel\": \"letter\", \"reminder\": true, \"cells\": {\"gender\": [\"onbekend\"]}}").post(path)
                .then().extract().path("problems[0].reason").toString().contains("[man, vrouw, unknown]"));

        JsonPath both = given().spec(lead).contentType(ContentType.JSON).body("{\"channel\": \"fax\", \"reminder\": \"yes\"}")
                .post(path).then().statusCode(400).extract().jsonPath();
        assertEquals(List.of("channel", "reminder"), both.getList("problems.field"));
        assertTrue(both.getString("problems[1].reason").contains("\"yes\""), both.prettify());
        given().spec(lead).contentType(ContentType.JSON).body("{\"channel\": \"letter\", \"reminder\": null}").post(path)
                .then().statusCode(400).body("problems[0].field", org.hamcrest.Matchers.equalTo("reminder"));
        lead.get(path).then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(0));
        given().spec(lead).get("/api/studies/" + study + "/monitor").then().statusCode(200)
                .body("waves.size()", org.hamcrest.Matchers.equalTo(0));

        // categories without a declared list: those of the frame
        assertEquals(20, mail(lead, study, Map.of("channel", "letter", "reminder", false,
                "cells", Map.of("age_band", List.of("18_29")))).getInt("count"));
    }
}
