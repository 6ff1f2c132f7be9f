package nl.stemmen.monitor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import nl.stemmen.study.StudyFixture;

/** A study's minimum cell size (design §5): 5 unless the study says otherwise, at least 1, shown with the study. */
@QuarkusTest
class MinimumCellTest {

    private static RequestSpecification lead() {
        return StudyFixture.as(StudyFixture.account("lead")).contentType(ContentType.JSON);
    }

    private static Map<String, Object> withMinimum(Object minimum) {
        Map<String, Object> definition = new HashMap<>(StudyFixture.MAASTRICHT);
        definition.put("minimum_cell", minimum);
        return definition;
    }

    @Test
    void aStudyWithoutOneHasTheConfiguredFiveAndOneWithOneKeepsIt() {
        RequestSpecification lead = lead();
        String id = lead.body(StudyFixture.MAASTRICHT).post("/api/studies").then().statusCode(201).extract().path("id");
        assertEquals(5, (int) lead.get("/api/studies/" + id).then().statusCode(200).extract().path("minimum_cell"));

        JsonPath created = lead.body(withMinimum(10)).post("/api/studies").then().statusCode(201).extract().jsonPath();
        assertEquals(10, created.getInt("minimum_cell"));
        assertEquals(10, (int) lead.get("/api/studies/" + created.getString("id")).then().extract().path("minimum_cell"));
        assertEquals(3, (int) lead.body(withMinimum(3)).put("/api/studies/" + created.getString("id")).then().statusCode(200)
                .extract().path("minimum_cell"));
    }

    @Test
    void aMinimumBelowOneOrNotAWholeNumberIsRefused() {
        JsonPath zero = lead().body(withMinimum(0)).post("/api/studies").then().statusCode(422).extract().jsonPath();
        assertEquals(List.of("minimum_cell"), zero.getList("problems.field"));
        assertTrue(zero.getString("problems[0].reason").contains("1 or more"), zero.prettify());
        lead().body(withMinimum(1.5)).post("/api/studies").then().statusCode(400);
        lead().body(withMinimum("vijf")).post("/api/studies").then().statusCode(400);
    }
}
