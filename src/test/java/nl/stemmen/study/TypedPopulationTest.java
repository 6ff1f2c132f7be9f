package nl.stemmen.study;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.stemmen.respond.RespondentSession;

/**
 * Population counts typed in from register statistics (issue 15): a study mailed by DUO through an unbound batch has no
 * frame, so its monitor takes the typed-in counts as population, per category, for rates and shares; counts that do
 * not add up, or name no dimension of the study, are refused.
 */
@QuarkusTest
class TypedPopulationTest {

    @Test
    void anUnboundBatchsMonitorUsesTheTypedInCounts() throws IOException {
        StudyFixture study = StudyFixture.create();
        String csv = study.lead().contentType(ContentType.JSON).body(Map.of("count", 2)).post(study.path() + "/batches")
                .then().statusCode(201).extract().asString();
        String link = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords().get(0).get("link");
        RespondentSession.arriving(URI.create(link).getPath() + "?lang=nl").finish(Map.of("geslacht", "vrouw"));

        study.lead().contentType(ContentType.JSON).body(Map.of("gender", Map.of("man", 40, "vrouw", 60)))
                .put(study.path() + "/population").then().statusCode(200).body("gender.vrouw", equalTo(60));
        JsonPath monitor = study.lead().get(study.path() + "/monitor").then().statusCode(200).extract().jsonPath();
        assertEquals(100, monitor.getInt("population"));
        assertEquals(60, monitor.getInt("dimensions.gender.vrouw.population"));
        assertEquals(1, monitor.getInt("dimensions.gender.vrouw.completed"));
        assertEquals(0.0167, monitor.getDouble("dimensions.gender.vrouw.response_rate"), 1e-9, "completed / population");
        assertEquals(0.6, monitor.getDouble("dimensions.gender.vrouw.population_share"), 1e-9);
        assertEquals(40.0, monitor.getDouble("dimensions.gender.vrouw.difference_pp"), 1e-9, "100 × (1 − 0.6)");
        assertEquals(40, monitor.getInt("dimensions.gender.man.population"));

        study.lead().contentType(ContentType.JSON).body(Map.of("gender", Map.of("man", 40, "vrouw", 60),
                "age_band", Map.of("18_29", 50))).put(study.path() + "/population").then().statusCode(422)
                .body("problems[0].field", equalTo("population")).body("problems[0].reason", containsString("add up"));
        study.lead().contentType(ContentType.JSON).body(Map.of("geslacht", Map.of("man", 1)))
                .put(study.path() + "/population").then().statusCode(422).body("problems[0].field", equalTo("population.geslacht"));
        study.lead().get(study.path() + "/population").then().statusCode(200).body("gender.man", equalTo(40));
        StudyFixture.anotherLead().get(study.path() + "/population").then().statusCode(404);
    }

    @Test
    void countsOutsideTheDimensionOrBeyondSaneSizesAreRefusedWithEveryProblemAndNothingStored() {
        StudyFixture study = StudyFixture.create();
        study.lead().contentType(ContentType.JSON).body(Map.of("gender", Map.of("man", 40, "vrouw", 60)))
                .put(study.path() + "/population").then().statusCode(200);

        JsonPath refused = study.lead().contentType(ContentType.JSON)
                .body("{\"gender\": {\"mna\": 10, \"Man\": 5, \"vrouw\": 2000000000, \"x\": -1}, \"age_band\": {\"18_29\": 0}}")
                .put(study.path() + "/population").then().statusCode(422).extract().jsonPath();
        List<String> fields = refused.getList("problems.field");
        assertTrue(fields.containsAll(List.of("population.gender.mna", "population.gender.Man", "population.gender.vrouw",
                "population.gender.x", "population.gender", "population.age_band")), fields.toString());
        assertTrue(refused.getString("problems.find { it.field == 'population.gender.mna' }.reason").contains("vrouw"));
        assertTrue(refused.getString("problems.find { it.field == 'population.age_band' }.reason").contains("0"));
        study.lead().contentType(ContentType.JSON).body(Map.of("gender", Map.of("man", 0, "vrouw", 0)))
                .put(study.path() + "/population").then().statusCode(422).body("problems[0].field", equalTo("population.gender"));
        study.lead().contentType(ContentType.JSON).body(Map.of("gender", Map.of("man", 100_000_000, "vrouw", 100_000_000)))
                .put(study.path() + "/population").then().statusCode(422).body("problems[0].field", equalTo("population.gender"));
        study.lead().get(study.path() + "/population").then().statusCode(200).body("gender.man", equalTo(40))
                .body("gender.mna", nullValue());
        assertEquals(100, study.lead().get(study.path() + "/monitor").then().statusCode(200).extract().jsonPath()
                .getInt("population"));

        study.lead().contentType(ContentType.JSON).body(Map.of("gender", Map.of("man", 40_000_000, "vrouw", 59_000_000,
                "unknown", 1_000_000), "age_band", Map.of("18_29", 100_000_000))).put(study.path() + "/population")
                .then().statusCode(200).body("gender.unknown", equalTo(1_000_000));
        JsonPath monitor = study.lead().get(study.path() + "/monitor").then().statusCode(200).extract().jsonPath();
        assertEquals(100_000_000, monitor.getInt("population"));
        assertEquals(0.59, monitor.getDouble("dimensions.gender.vrouw.population_share"), 1e-9);
        assertEquals(1_000_000, monitor.getInt("dimensions.gender.unknown.population"));
    }
}
