package nl.stemmen.api;

import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.stemmen.study.StudyFixture;

/** JSON bodies are taken as written (docs/api.md): a guess at what a script meant is a 400, and nothing is stored. */
@QuarkusTest
class StrictJsonTest {

    @Test
    void stringsForNumbersOrBooleansRepeatedKeysAndTrailingTextAreRefused() {
        StudyFixture study = StudyFixture.create();
        for (String body : new String[] { "{\"count\": \"5\"}", "{\"count\": 5}x", "{\"count\": 5, \"count\": 6}" }) {
            study.lead().contentType(ContentType.JSON).body(body).post(study.path() + "/batches").then().statusCode(400);
        }
        study.lead().contentType(ContentType.JSON).body("{\"gender\": {\"man\": \"30\"}}").put(study.path() + "/population")
                .then().statusCode(400);
        for (String reminder : new String[] { "1", "\"true\"" }) {
            study.lead().contentType(ContentType.JSON).body("{\"channel\": \"letter\", \"reminder\": " + reminder + "}")
                    .post(study.path() + "/mailings").then().statusCode(400);
        }
        study.lead().get(study.path() + "/batches").then().statusCode(200).body("size()", equalTo(0));
        study.lead().contentType(ContentType.JSON).body(Map.of("count", 5)).post(study.path() + "/batches").then().statusCode(201);
    }
}
