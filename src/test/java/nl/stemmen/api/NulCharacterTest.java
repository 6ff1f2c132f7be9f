package nl.stemmen.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.stemmen.access.SignedIn;
import nl.stemmen.study.StudyFixture;

/**
 * A NUL character, which PostgreSQL refuses in text, never reaches the database: in an address ({@code %00} in the
 * path or query) the answer is 404, in a JSON string (value or key, {@code \u0000}) 400 naming the field.
 */
@QuarkusTest
class NulCharacterTest {

    @Test
    void anAddressWithANulIsNoPageOrStudy() {
        given().urlEncodingEnabled(false).get("/l/%00").then().statusCode(404);
        given().urlEncodingEnabled(false).get("/f/AB%00CD").then().statusCode(404);
        given().urlEncodingEnabled(false).get("/l/st-x?lang=n%00l").then().statusCode(404);
        StudyFixture study = StudyFixture.create();
        study.lead().urlEncodingEnabled(false).get("/api/studies/%00").then().statusCode(404);
        study.lead().urlEncodingEnabled(false).get("/api/studies/a%00b/monitor").then().statusCode(404);
        study.lead().urlEncodingEnabled(false).get(study.path() + "/monitor?x%00=1").then().statusCode(404);
        study.lead().get(study.path() + "/monitor").then().statusCode(200);
    }

    @Test
    void aUsernameWithANulSignsNobodyIn() {
        SignedIn.as("admin\u0000", "whatever").get("/api/studies").then().statusCode(401);
        given().redirects().follow(false).formParam("j_username", "admin\u0000").formParam("j_password", "whatever")
                .post("/j_security_check").then().statusCode(302).header("Location", containsString("error=true"));
    }

    @Test
    void aJsonStringWithANulIsRefusedNamingItsField() {
        StudyFixture study = StudyFixture.create();
        refused(study.lead().contentType(ContentType.JSON).body("{\"gender\":{\"m\\u0000n\":5}}").put(study.path() + "/population"), "gender");
        refused(study.lead().contentType(ContentType.JSON).body("{\"refs\":[\"a\\u0000\"]}").post(study.path() + "/bounces"), "refs[0]");
        refused(study.lead().contentType(ContentType.JSON).body("{\"raffle\":{\"nl\":\"a\\u0000\"}}").put(study.path() + "/signups/consent"), "raffle.nl");
        refused(study.lead().contentType(ContentType.JSON).body("{\"channel\":\"letter\",\"cells\":{\"gender\":[\"a\\u0000\"]}}")
                .post(study.path() + "/mailings"), "cells.gender[0]");
        refused(SignedIn.asAdmin().contentType(ContentType.JSON).body("{\"username\":\"nul-test\",\"password\":\"een lang\\u0000wachtwoord\",\"role\":\"lead\"}")
                .post("/api/accounts"), "password");
        // nothing was stored: the account can still be made
        SignedIn.asAdmin().contentType(ContentType.JSON).body("{\"username\":\"nul-test\",\"password\":\"een lang wachtwoord\","
                + "\"role\":\"lead\"}").post("/api/accounts").then().statusCode(201);
    }

    private static void refused(io.restassured.response.Response answer, String field) {
        answer.then().statusCode(400).contentType(ContentType.JSON).body("problems[0].field", equalTo(field))
                .body("problems[0].reason", containsString("NUL"));
    }
}
