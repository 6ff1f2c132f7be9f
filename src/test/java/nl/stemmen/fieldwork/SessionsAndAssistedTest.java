package nl.stemmen.fieldwork;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;


import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.stemmen.access.SignedIn;
import nl.stemmen.respond.LinkToken;
import nl.stemmen.respond.RespondentSession;
import nl.stemmen.study.StudyFixture;

/**
 * Group sessions and assisted mode (issue 16), the same open start as a flyer: a session's code shown
 * large with a QR on a staff page and opened on people's own phones at {@code /g/<code>}; a signed-in
 * fieldworker or lead starting a response for someone on their own device, recording who helped, unless
 * the study switched assisted mode off.
 */
@QuarkusTest
class SessionsAndAssistedTest {

    @Inject
    DataSource database;

    /** channel, mode, helped_by and the open link's label of the response with this token. */
    private String[] recorded(String token) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select r.channel, r.mode, r.helped_by, l.label from response r left join open_link l on l.id = r.open_link_id "
                        + "where r.access_hash = ?")) {
            select.setString(1, LinkToken.hash(token));
            try (ResultSet rows = select.executeQuery()) {
                assertTrue(rows.next(), "a response for " + token);
                return new String[] {rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)};
            }
        }
    }

    @Test
    void aSessionCodeIsShownLargeWithAQrAndItsRespondentsRecordTheSession() throws SQLException {
        StudyFixture study = StudyFixture.create();
        JsonPath made = study.lead().contentType(ContentType.JSON).body(Map.of("label", "Taalcafé 12 december"))
                .post(study.path() + "/sessions").then().statusCode(201).extract().jsonPath();
        String code = made.getString("code");
        assertTrue(made.getString("link").endsWith("/g/" + code));
        study.lead().contentType(ContentType.JSON).body(Map.of()).post(study.path() + "/sessions").then().statusCode(422);

        Document page = Jsoup.parse(study.lead().get("/studies/" + study.id() + "/sessions/" + code).then().statusCode(200)
                .extract().asString());
        assertEquals(code.substring(0, 3) + " " + code.substring(3), page.selectFirst(".session-code").text());
        assertEquals("/g/" + code + "/qr.png", page.selectFirst("img").attr("src"));
        given().get("/g/" + code + "/qr.png").then().statusCode(200).contentType("image/png");
        StudyFixture.anotherLead().get("/studies/" + study.id() + "/sessions/" + code).then().statusCode(404);
        given().get("/f/" + code).then().statusCode(404); // a session's code is no flyer's

        RespondentSession phone = RespondentSession.arriving("/g/" + code + "?lang=nl").finish();
        String[] response = recorded(Flyers.token(phone.path()));
        assertEquals("SESSION", response[0]);
        assertEquals("SELF", response[1]);
        assertEquals("Taalcafé 12 december", response[3]);
        JsonPath sessions = study.lead().get(study.path() + "/sessions").then().statusCode(200).extract().jsonPath();
        assertEquals(1, sessions.getInt("[0].completes"));
        assertEquals(1, study.lead().get(study.path() + "/monitor").then().extract().jsonPath().getInt("channels.session.completed"));
    }

    @Test
    void aFieldworkerStartsAnAssistedResponseForTheirFlyerAndALeadWithoutOne() throws SQLException {
        StudyFixture study = StudyFixture.create();
        String amir = StudyFixture.account("fieldworker");
        String flyer = Flyers.flyer(study.lead(), study.id(), Map.of("label", "Amir op de markt", "fieldworker", amir,
                "kind", "fieldworker"));
        String link = StudyFixture.as(amir).contentType(ContentType.JSON).body(Map.of("language", "ar", "flyer", flyer))
                .post(study.path() + "/assisted").then().statusCode(201).extract().path("link");
        String token = Flyers.token(URI.create(link).getPath());
        RespondentSession.arriving("/r/" + token).finish();
        String[] response = recorded(token);
        assertEquals("FLYER", response[0]);
        assertEquals("ASSISTED", response[1]);
        assertEquals(amir, response[2]);
        assertEquals("Amir op de markt", response[3]);
        assertEquals(1, study.lead().get(study.path() + "/flyers").then().extract().jsonPath().getInt("[0].completes"));

        String lead = StudyFixture.as(study.leadName()).contentType(ContentType.JSON).body(Map.of("language", "nl"))
                .post(study.path() + "/assisted").then().statusCode(201).extract().path("link");
        String[] inPerson = recorded(Flyers.token(URI.create(lead).getPath()));
        assertEquals("IN_PERSON", inPerson[0]);
        assertEquals("ASSISTED", inPerson[1]);
        assertEquals(study.leadName(), inPerson[2]);
        assertNull(inPerson[3]);

        JsonPath unknownLanguage = study.lead().contentType(ContentType.JSON).body(Map.of("language", "de"))
                .post(study.path() + "/assisted").then().statusCode(400).extract().jsonPath();
        assertEquals("language", unknownLanguage.getString("problems[0].field"));
        // a fieldworker with no flyer of the study, or naming another's flyer, has no part in it
        StudyFixture.fieldworker().contentType(ContentType.JSON).body(Map.of("language", "nl"))
                .post(study.path() + "/assisted").then().statusCode(404);
        String other = StudyFixture.account("fieldworker");
        Flyers.flyer(study.lead(), study.id(), Map.of("label", "Sara", "fieldworker", other));
        StudyFixture.as(other).contentType(ContentType.JSON).body(Map.of("language", "nl", "flyer", flyer))
                .post(study.path() + "/assisted").then().statusCode(404);
        StudyFixture.anotherLead().contentType(ContentType.JSON).body(Map.of("language", "nl"))
                .post(study.path() + "/assisted").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("language", "nl")).post(study.path() + "/assisted").then().statusCode(401);
    }

    @Test
    void aStudyThatSwitchesAssistedModeOffRefusesAssistedStarts() {
        String lead = StudyFixture.account("lead");
        Map<String, Object> definition = new HashMap<>(StudyFixture.MAASTRICHT);
        definition.put("assisted", false);
        String id = StudyFixture.as(lead).contentType(ContentType.JSON).body(definition).post("/api/studies")
                .then().statusCode(201).extract().path("id");
        assertEquals(false, StudyFixture.as(lead).get("/api/studies/" + id).then().statusCode(200).extract().path("assisted"));
        JsonPath refused = StudyFixture.as(lead).contentType(ContentType.JSON).body(Map.of("language", "nl"))
                .post("/api/studies/" + id + "/assisted").then().statusCode(409).extract().jsonPath();
        assertEquals("assisted", refused.getString("problems[0].field"));
        // a study says nothing: assisted starts are allowed
        StudyFixture open = StudyFixture.create();
        assertEquals(true, open.lead().get(open.path()).then().extract().path("assisted"));
        SignedIn.asAdmin().contentType(ContentType.JSON).body(Map.of("language", "nl")).post(open.path() + "/assisted")
                .then().statusCode(201);
    }

    @Test
    void theStudyFormSwitchesAssistedModeOff() {
        StudyFixture study = StudyFixture.create();
        StaffBrowser lead = new StaffBrowser(study.leadName());
        Document edit = lead.get("/studies/" + study.id() + "/edit");
        assertTrue(edit.selectFirst("input[name=assisted][value=true]").hasAttr("checked"), "on unless switched off");
        lead.submit(edit.selectFirst("form"), Map.of("assisted", "false")).then().statusCode(303);
        assertEquals(false, study.lead().get(study.path()).then().extract().path("assisted"));
        assertTrue(lead.get("/studies/" + study.id() + "/edit").selectFirst("input[name=assisted][value=false]").hasAttr("checked"));
        assertTrue(lead.get("/studies/" + study.id()).selectFirst("dl.facts").text().contains("Afnemen met hulp · Assisted mode nee"));
    }

    @Test
    void aLeadMakesFlyersAndSessionsInThePages() {
        StudyFixture study = StudyFixture.create();
        StaffBrowser lead = new StaffBrowser(study.leadName());
        Document studyPage = lead.get("/studies/" + study.id());
        assertEquals(1, studyPage.select("a[href=/studies/" + study.id() + "/flyers]").size());
        Document flyers = lead.get("/studies/" + study.id() + "/flyers");
        var refused = lead.submit(flyers.selectFirst("form"), Map.of("label", "Markt", "max_completes", "veel", "ends", "morgen"));
        assertEquals(422, refused.statusCode());
        String problems = Jsoup.parse(refused.asString()).selectFirst("ul.error").text();
        assertTrue(problems.contains("ends: a date as YYYY-MM-DD") && problems.contains("max_completes"), problems);

        var made = lead.submit(flyers.selectFirst("form"), Map.of("label", "Markt", "kind", "event", "max_completes", "40"));
        assertEquals(303, made.statusCode());
        String location = URI.create(made.header("Location")).getPath();
        String code = location.substring(location.lastIndexOf('/') + 1);
        Document flyer = lead.get(location);
        assertEquals("/f/" + code + "/qr.png", flyer.selectFirst("img").attr("src"));
        assertEquals(6, flyer.select("textarea.share").size(), "a text per study language");
        assertTrue(flyer.selectFirst("#share-nl").text().contains("/f/" + code + "?hl=nl"));
        JsonPath listed = study.lead().get(study.path() + "/flyers").then().extract().jsonPath();
        assertEquals("event", listed.getString("[0].kind"));
        assertEquals(40, listed.getInt("[0].max_completes"));

        Document sessions = lead.get("/studies/" + study.id() + "/sessions");
        var session = lead.submit(sessions.selectFirst("form"), Map.of("label", "Inloopochtend"));
        assertEquals(303, session.statusCode());
        assertTrue(lead.get(URI.create(session.header("Location")).getPath()).selectFirst(".session-code").text().matches("\\w{3} \\w{3}"));
    }
}
