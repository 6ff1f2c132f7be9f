package nl.stemmen.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Who may do what on the embedded default: staff sign in (a form for pages, HTTP Basic for the
 * API), respondents never do; the admin creates accounts; passwords are kept as bcrypt hashes only.
 */
@QuarkusTest
class AccessTest {

    @Test
    void withoutSignInTheApiAnswers401AndStaffPagesSendToTheSignInForm() {
        for (String path : List.of("/api/questionnaires", "/api/studies", "/api/responses/1", "/api/responses/link/x")) {
            given().get(path).then().statusCode(401);
        }
        given().contentType(ContentType.JSON).body("{}").post("/api/studies").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").post("/api/accounts").then().statusCode(401);
        for (String page : List.of("/", "/preview/thuis-in-de-stad", "/preview/thuis-in-de-stad?lang=ar")) {
            String location = given().redirects().follow(false).get(page).then().statusCode(302).extract().header("Location");
            assertTrue(location.endsWith("/login"), page + " -> " + location);
        }
        // respondents' pages need nothing
        given().get("/login").then().statusCode(200);
        given().get("/r/not-a-real-link").then().statusCode(404);
    }

    @Test
    void theSignInFormOpensStaffPagesAndAWrongPasswordSaysSo() {
        var failed = given().redirects().follow(false).formParam("j_username", "admin").formParam("j_password", "wrong")
                .post("/j_security_check");
        assertTrue(failed.header("Location").contains("/login?error"), failed.header("Location"));

        var signedIn = given().redirects().follow(false).formParam("j_username", "admin")
                .formParam("j_password", SignedIn.ADMIN_PASSWORD).post("/j_security_check");
        String session = signedIn.cookie("stemmen-staff");
        assertTrue(session != null && !session.isEmpty(), "a session cookie");
        given().cookie("stemmen-staff", session).get("/").then().statusCode(200);
    }

    @Test
    void theAdminCreatesAccountsThatSignInWithTheirRoleAndOnlyBcryptHashesAreStored() {
        SignedIn.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", "fatima", "password", "een lang wachtwoord", "role", "lead"))
                .post("/api/accounts").then().statusCode(201);
        SignedIn.as("fatima", "een lang wachtwoord").get("/api/studies").then().statusCode(200);
        // a lead may not create accounts
        SignedIn.as("fatima", "een lang wachtwoord").contentType(ContentType.JSON)
                .body(Map.of("username", "x", "password", "een lang wachtwoord", "role", "admin"))
                .post("/api/accounts").then().statusCode(403);

        String stored = QuarkusTransaction.requiringNew().call(() -> Account.byUsername("fatima").orElseThrow().password);
        assertTrue(stored.startsWith("$2"), "bcrypt in Modular Crypt Format: " + stored);
        assertFalse(stored.contains("wachtwoord"));
    }

    @Test
    void aBadAccountRequestIsRefusedWithEveryReason() {
        var refused = SignedIn.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", "Has Spaces", "password", "short", "role", "lead"))
                .post("/api/accounts").then().statusCode(422).extract().jsonPath();
        assertEquals(2, refused.getList("problems").size(), refused.prettify());
        SignedIn.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", "someone", "password", "een lang wachtwoord", "role", "boss"))
                .post("/api/accounts").then().statusCode(422);
        assertEquals(3, SignedIn.asAdmin().contentType(ContentType.JSON).body("{}").post("/api/accounts")
                .then().statusCode(422).extract().jsonPath().getList("problems").size(), "username, password and role at once");
        SignedIn.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", "admin", "password", "een lang wachtwoord", "role", "lead"))
                .post("/api/accounts").then().statusCode(422);
    }
}
