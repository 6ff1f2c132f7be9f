package nl.stemmen.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Production sign-in (profile {@code oidc}): the API takes bearer tokens from the OpenID provider with
 * the role in the token, and the study belongs to the token's preferred_username; pages send staff to
 * the provider's sign-in. The embedded accounts are not accepted in this mode.
 */
@QuarkusTest
@TestProfile(OidcSignInTest.Oidc.class)
class OidcSignInTest {

    public static class Oidc implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "test,oidc";
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(TestOidcProvider.class));
        }
    }

    /** The smallest study the API accepts. */
    static final Map<String, Object> STUDY = Map.of("name", "Thuis in Zwolle 2026", "organisation", "Gemeente Zwolle",
            "questionnaire", "thuis-in-de-stad", "start", "2026-12-01", "end", "2026-12-21");

    private static String provider() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }

    private static RequestSpecification withToken(String username, String role) {
        String token = given().baseUri(provider()).queryParam("username", username).queryParam("role", role)
                .get("/token").then().statusCode(200).extract().asString();
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void aLeadsTokenCreatesAStudyThatAnotherLeadCannotSee() {
        String id = withToken("noor", "lead").body(STUDY).post("/api/studies")
                .then().statusCode(201).body("owner", org.hamcrest.Matchers.equalTo("noor")).extract().path("id");
        withToken("noor", "lead").get("/api/studies/" + id).then().statusCode(200);
        withToken("sem", "lead").get("/api/studies/" + id).then().statusCode(404);
        withToken("admin-jan", "admin").get("/api/studies/" + id).then().statusCode(200);
    }

    @Test
    void noTokenIs401AndAFieldworkerMayNotCreateAStudy() {
        given().contentType(ContentType.JSON).body(STUDY).post("/api/studies").then().statusCode(401);
        given().auth().oauth2("not-a-token").get("/api/studies").then().statusCode(401);
        withToken("daan", "fieldworker").body(STUDY).post("/api/studies").then().statusCode(403);
    }

    @Test
    void theEmbeddedAccountsAreNotAcceptedInThisMode() {
        SignedIn.asAdmin().get("/api/studies").then().statusCode(401);
        var form = given().redirects().follow(false).formParam("j_username", "admin")
                .formParam("j_password", SignedIn.ADMIN_PASSWORD).post("/j_security_check");
        assertTrue(form.cookie("stemmen-staff") == null, "no embedded session: " + form.statusCode());
        // the old sign-in address leads to the provider's
        given().redirects().follow(false).get("/login").then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/"));
    }

    @Test
    void aStaffPageSendsToTheProvidersSignIn() {
        String location = given().redirects().follow(false).get("/").then().statusCode(302).extract().header("Location");
        assertTrue(location.startsWith(provider() + "/auth?"), location);
        assertTrue(location.contains("client_id=stemmen"), location);
        // respondents still need nothing
        given().get("/r/not-a-real-link").then().statusCode(404);
    }
}
