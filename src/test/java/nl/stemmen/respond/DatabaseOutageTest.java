package nl.stemmen.respond;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * PostgreSQL goes away while people answer: the page they submitted comes back in their language
 * with everything they typed, says it was not saved yet (503, Retry-After), and the same submit
 * saves once the database is back, without a restart.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ThroughCuttableLink.class)
class DatabaseOutageTest {

    /** Its own profile, so that the relay that a test cuts is the one Stemmen talks to. */
    public static class ThroughCuttableLink implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DatabaseLink.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // fail fast rather than let the respondent wait for a connection that will not come
            return Map.of("quarkus.datasource.jdbc.acquisition-timeout", "2S");
        }
    }

    @AfterEach
    void databaseBack() {
        DatabaseLink.restore();
    }

    @Test
    void aPageSubmittedWhileTheDatabaseIsDownComesBackWithEverythingTypedAndIsSavedOnRetry() throws Exception {
        RespondentSession s = RespondentSession.preview("thuis-in-de-stad", "ar");
        Map<String, List<String>> form = s.form("_action", "next", "status", "asiel", "geslacht", "vrouw",
                "leeftijd", "30_39", "aankomstjaar", "٢٠١٩", "geboorteland", "anders");

        DatabaseLink.cut();
        var down = s.post(form);

        assertEquals(503, down.statusCode());
        assertNotNull(down.header("Retry-After"));
        s.page = Jsoup.parse(down.asString());
        assertEquals("ar", s.page.selectFirst("html").attr("lang"));
        assertEquals("rtl", s.page.selectFirst("html").attr("dir"));
        assertNotNull(s.page.selectFirst("[role=alert]"), "says it was not saved yet");
        assertEquals(List.of("asiel"), s.prefilled().get("status"));
        assertEquals(List.of("vrouw"), s.prefilled().get("geslacht"));
        assertEquals(List.of("٢٠١٩"), s.prefilled().get("aankomstjaar"));
        assertEquals(List.of("anders"), s.prefilled().get("geboorteland"));
        assertTrue(s.page.selectFirst("form").attr("action").endsWith("/p/over_u"), "the same form, ready to send again");

        var reopened = given().redirects().follow(false).get("/r/" + s.token);
        assertEquals(503, reopened.statusCode(), "opening a link while the database is down");
        assertNotNull(reopened.header("Retry-After"));

        DatabaseLink.restore();
        int status = 0;
        for (int attempt = 0; attempt < 20 && status != 303; attempt++) {
            status = s.post("/r/" + s.token + "/p/over_u", s.form("_action", "next", "status", "asiel", "geslacht",
                    "vrouw", "leeftijd", "30_39", "aankomstjaar", "٢٠١٩", "geboorteland", "anders")).statusCode();
            if (status != 303) {
                Thread.sleep(250);
            }
        }
        assertEquals(303, status, "saved once the database is back");
        assertEquals(2019, s.storedAnswers().get("aankomstjaar"));
    }
}
