package nl.stemmen.fieldwork;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import nl.stemmen.study.StudyFixture;

/** The zero-setup demo runs on H2 in PostgreSQL mode: flyers, their counts and cells by answers work there too. */
@QuarkusTest
@TestProfile(OpenLinksOnH2Test.Embedded.class)
class OpenLinksOnH2Test {

    /** H2 in memory, as the demo profile but without a file. */
    public static class Embedded implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.db-kind", "h2",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:open-links;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                    "quarkus.datasource.username", "stemmen");
        }
    }

    @Test
    void aFlyerRespondentIsCountedAndPlacedByTheirAnswersOnH2() {
        StudyFixture study = StudyFixture.create();
        String code = Flyers.flyer(study.lead(), study.id(), Map.of("label", "Station", "max_completes", 5));
        Flyers.finish(code, Map.of("geslacht", "vrouw"));
        JsonPath flyers = study.lead().get(study.path() + "/flyers").then().statusCode(200).extract().jsonPath();
        assertEquals(1, flyers.getInt("[0].completes"));
        assertEquals(1, flyers.getInt("[0].today.starts"));
        JsonPath monitor = study.lead().get(study.path() + "/monitor").then().statusCode(200).extract().jsonPath();
        assertEquals(1, monitor.getInt("dimensions.gender.vrouw.completed"));
    }
}
