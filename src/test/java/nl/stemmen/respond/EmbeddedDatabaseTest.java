package nl.stemmen.respond;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import nl.stemmen.access.SignedIn;
import nl.stemmen.catalog.PublishingTest;
import nl.stemmen.study.StudyFixture;

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

    /** The data-quality checks' queries, flag writes and an exclusion, on H2. */
    @Test
    void dataQualityIsCheckedOnTheEmbeddedDatabase() {
        StudyFixture study = StudyFixture.create();
        long response = RespondentSession.arriving(invitedLink(study)).finish().stored().getLong("id");
        for (int run = 0; run < 2; run++) {
            var report = study.lead().get(study.path() + "/quality").then().statusCode(200).extract().jsonPath();
            assertEquals(1, report.getInt("responses"));
            assertEquals(1, report.getInt("counts.straightlining"), "the first choice on every matrix row");
        }
        study.lead().contentType(ContentType.JSON).body(Map.of("reason", "straight-lining"))
                .put(study.path() + "/responses/" + response + "/exclusion").then().statusCode(200);
        assertEquals(List.of(response), study.lead().get(study.path() + "/quality").then().statusCode(200).extract()
                .jsonPath().getList("exclusions.response", Long.class));
    }

    /** The export's cursors, the .sav's widths and the codebook's counts in SQL that H2 takes too. */
    @Test
    void aStudyExportsOnTheEmbeddedDatabase() {
        StudyFixture study = StudyFixture.create();
        RespondentSession.arriving(invitedLink(study)).next("status", "asiel", "leeftijd", "zeg_niet");
        List<String> lines = study.lead().get(study.path() + "/export.csv").then().statusCode(200).extract().asString().lines().toList();
        assertEquals(2, lines.size());
        List<String> header = List.of(lines.get(0).split(","));
        List<String> cells = List.of(lines.get(1).split(",", -1));
        assertEquals("vrouw", cells.get(header.indexOf("frame_gender")));
        assertEquals("-4", cells.get(header.indexOf("leeftijd")));
        study.lead().get(study.path() + "/codebook").then().statusCode(200);
        study.lead().get(study.path() + "/export.sav").then().statusCode(200);
    }

    /** Publishing a questionnaire and a translation, and the catalog's queries that serve it, on H2. */
    @Test
    void aQuestionnaireIsPublishedAndServedOnTheEmbeddedDatabase() {
        SignedIn.asAdmin().contentType("application/yaml").body(PublishingTest.yaml("h2-kort", 1, "getal").getBytes(StandardCharsets.UTF_8))
                .post("/api/questionnaires").then().statusCode(201);
        SignedIn.asAdmin().contentType(ContentType.TEXT).body("msgid \"\"\nmsgstr \"\"\n\"Language: en\\n\"\n")
                .put("/api/questionnaires/h2-kort/versions/1/translations/en").then().statusCode(200);
        SignedIn.asAdmin().redirects().follow(false).get("/preview/h2-kort?version=1&lang=en").then().statusCode(303);
        SignedIn.asAdmin().contentType("application/yaml").body(PublishingTest.yaml("h2-kort", 1, "anders").getBytes(StandardCharsets.UTF_8))
                .post("/api/questionnaires").then().statusCode(409);
    }

    /** A frame of one person, invited: the path of their personal link. */
    private static String invitedLink(StudyFixture study) {
        study.lead().contentType("text/csv").body("ref,letter_language,gender\nE1,nl,vrouw\n".getBytes(StandardCharsets.UTF_8))
                .post(study.path() + "/frame").then().statusCode(200);
        study.lead().post(study.path() + "/invitations").then().statusCode(201);
        String csv = study.lead().get(study.path() + "/invitations.csv").then().statusCode(200).extract().asString();
        return URI.create(csv.split("\n")[1].split(",")[1]).getPath();
    }
}
