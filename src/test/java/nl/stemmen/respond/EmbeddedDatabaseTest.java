package nl.stemmen.respond;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The zero-setup demo runs on H2 in PostgreSQL mode: the same migrations and queries (row locks
 * included) must work there too. The rest of the suite runs on PostgreSQL.
 */
@QuarkusTest
@TestProfile(EmbeddedDatabaseTest.Embedded.class)
class EmbeddedDatabaseTest {

    public static class Embedded implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.db-kind", "h2",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:stemmen;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                    "quarkus.datasource.username", "stemmen");
        }
    }

    @Test
    void aResponseIsSavedResumedAndResubmittedOnTheEmbeddedDatabase() {
        RespondentSession s = RespondentSession.preview("thuis-in-de-stad", "ar");
        Map<String, List<String>> form = s.form("_action", "next", "status", "asiel", "geslacht", "vrouw",
                "leeftijd", "30_39", "aankomstjaar", "٢٠٢١");
        assertEquals(303, s.post(form).statusCode());
        assertEquals(303, s.post(form).statusCode());
        s.open();
        assertEquals("uw_situatie", s.pageName());
        s.next("situatie", List.of("taalles", "betaald_werk"));
        Map<String, Object> stored = s.storedAnswers();
        assertEquals(2021, stored.get("aankomstjaar"));
        assertEquals(List.of("betaald_werk", "taalles"), stored.get("situatie"));
        assertEquals("ar", s.stored().getString("language"));
    }
}
