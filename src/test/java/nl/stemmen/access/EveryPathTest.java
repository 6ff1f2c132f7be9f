package nl.stemmen.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every path Stemmen serves, as its OpenAPI description lists them, so that a path added later is
 * checked too: without sign-in the API answers 401 and staff pages send to the sign-in form; a
 * study's paths answer another lead 403 or 404, never its content. Respondents' paths need nothing.
 */
@QuarkusTest
class EveryPathTest {

    private static final String PASSWORD = "een lang wachtwoord";
    /** Where respondents go: never behind sign-in. */
    private static final List<String> RESPONDENT_PATHS = List.of("/r/", "/s/", "/f/", "/g/", "/code", "/login", "/logout", "/signup",
            "/l/");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete");

    /** @param contentType what the body must be, as the description says; null without a body */
    private record Operation(String method, String path, String contentType) {
    }

    private static List<Operation> operations() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, methods) -> methods.forEach((method, description) -> {
            if (METHODS.contains(method)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> body = (Map<String, Object>) description.get("requestBody");
                @SuppressWarnings("unchecked")
                String type = body == null ? null : ((Map<String, Object>) body.get("content")).keySet().iterator().next();
                operations.add(new Operation(method, path, type));
            }
        }));
        assertTrue(operations.size() > 20, "the description lists Stemmen's paths: " + operations);
        return operations;
    }

    private static Response call(RequestSpecification request, Operation operation, String id) {
        String path = operation.path().replaceAll("\\{id}", id).replaceAll("\\{[a-z]+}", "x");
        RequestSpecification r = request.redirects().follow(false);
        String type = operation.contentType() == null ? "" : operation.contentType();
        if (type.contains("json")) {
            r = r.contentType(ContentType.JSON).body("{}");
        } else if (type.contains("x-www-form-urlencoded")) {
            r = r.formParam("x", "1");
        } else if (type.contains("multipart")) {
            r = r.multiPart("file", "frame.csv", "ref\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else if (!type.isEmpty()) {
            r = r.contentType(type).body("ref\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return r.request(operation.method().toUpperCase(), path);
    }

    private static boolean forRespondents(String path) {
        return RESPONDENT_PATHS.stream().anyMatch(path::startsWith);
    }

    @Test
    void withoutSignInNoStaffPathAnswers() {
        for (Operation operation : operations()) {
            if (forRespondents(operation.path())) {
                continue;
            }
            Response answer = call(given(), operation, "st-none");
            String where = operation.method() + " " + operation.path() + " -> " + answer.statusCode();
            if (operation.path().startsWith("/api/")) {
                assertTrue(answer.statusCode() == 401, where);
            } else {
                assertTrue(answer.statusCode() == 302 && answer.header("Location").endsWith("/login")
                        || answer.statusCode() == 401 || answer.statusCode() == 403, where);
            }
        }
    }

    @Test
    void anotherLeadGetsNothingOfAStudyOnAnyOfItsPaths() {
        String owner = account("lead");
        String id = SignedIn.as(owner, PASSWORD).contentType(ContentType.JSON).body(Map.of("name", "Onderzoek",
                "organisation", "Gemeente", "questionnaire", "thuis-in-de-stad", "start", "2026-12-01", "end", "2026-12-21"))
                .post("/api/studies").then().statusCode(201).extract().path("id");
        String other = account("lead");
        List<Operation> studyPaths = operations().stream().filter(o -> o.path().contains("{id}")
                && (o.path().startsWith("/api/studies") || o.path().startsWith("/studies"))).toList();
        assertFalse(studyPaths.isEmpty());
        for (Operation operation : studyPaths) {
            Response answer = call(SignedIn.as(other, PASSWORD), operation, id);
            assertTrue(answer.statusCode() == 403 || answer.statusCode() == 404,
                    operation.method() + " " + operation.path() + " -> " + answer.statusCode());
        }
    }

    private static String account(String role) {
        String name = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        SignedIn.asAdmin().contentType(ContentType.JSON).body(Map.of("username", name, "password", PASSWORD, "role", role))
                .post("/api/accounts").then().statusCode(201);
        return name;
    }
}
