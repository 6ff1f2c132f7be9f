package nl.stemmen;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Municipalities script against the JSON API, so it is described where their tools look (contract §6). */
@QuarkusTest
class OpenApiTest {

    @Test
    void theJsonApiIsDescribedInOpenApi() {
        String openapi = given().get("/q/openapi").then().statusCode(200).extract().asString();
        assertTrue(openapi.contains("/api/questionnaires") && openapi.contains("/api/responses/{id}"), openapi);
    }
}
