package nl.stemmen.fieldwork;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.stemmen.study.StudyFixture;

/**
 * What a stranger may type after an open link's or a landing's address: anything that is no well-formed code or
 * token is unknown (404), and never ends up in a cookie's attributes or a Location. Text the database cannot
 * store that comes in by a staff page's form is the sender's mistake (400), not a database failure.
 */
@QuarkusTest
class HostileOpenLinkTest {

    @Test
    void startingAgainTakesOnlyAWellFormedCode() {
        for (String kind : List.of("f", "g")) {
            for (String code : List.of("a%20b", "a%22b", "a%0d%0aSet-Cookie:%20x=1", "a%3Bb", "..%2F..%2Fx", "ABCDEFG", "ABC%00DEF")) {
                Response again = given().urlEncodingEnabled(false).redirects().follow(false).post("/" + kind + "/" + code + "/again");
                assertEquals(404, again.statusCode(), kind + "/" + code);
                assertNull(again.header("Set-Cookie"), kind + "/" + code);
                assertNull(again.header("Location"), kind + "/" + code);
            }
            // typed in lower case with a space, as people do: the cookie of the code itself is forgotten
            Response again = given().urlEncodingEnabled(false).redirects().follow(false).post("/" + kind + "/abc%20def/again");
            assertEquals(303, again.statusCode());
            assertTrue(again.header("Location").endsWith("/" + kind + "/ABCDEF"), again.header("Location"));
            assertTrue(again.header("Set-Cookie").contains("Path=/" + kind + "/ABCDEF;"), again.header("Set-Cookie"));
        }
    }

    @Test
    void aLandingsNextStepTakesOnlyAWellFormedToken() {
        for (String token : List.of("a%20b", "..%2F..%2Fx", "a%0d%0ab")) {
            Response next = given().urlEncodingEnabled(false).redirects().follow(false).get("/l/st-x/next/" + token);
            assertEquals(404, next.statusCode(), token);
            assertNull(next.header("Location"), token);
        }
    }

    @Test
    void aNulTypedIntoAStaffFormIsTheSendersMistakeNotADatabaseFailure() {
        StudyFixture study = StudyFixture.create();
        String amir = StudyFixture.account("fieldworker");
        Flyers.flyer(study.lead(), study.id(), Map.of("label", "Markt", "fieldworker", amir));
        StaffBrowser phone = new StaffBrowser(amir);
        Response refused = phone.submit(phone.get("/veldwerk").selectFirst("form.assisted"), Map.of("study", "st-\u0000"));
        assertEquals(400, refused.statusCode(), refused.asString());
        assertTrue(refused.jsonPath().getString("problems[0].reason").contains("NUL"), refused.asString());
    }
}
