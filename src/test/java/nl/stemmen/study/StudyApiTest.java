package nl.stemmen.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import nl.stemmen.access.SignedIn;

/**
 * A research lead sets up a study through {@code /api/studies} (design §6); another lead cannot
 * see or change it by any path, a fieldworker cannot create one, an admin sees them all.
 */
@QuarkusTest
class StudyApiTest {

    private static final Map<String, Object> MAASTRICHT = StudyFixture.MAASTRICHT;

    private static String account(String role) {
        return StudyFixture.account(role);
    }

    private static RequestSpecification as(String username) {
        return StudyFixture.as(username).contentType(ContentType.JSON);
    }

    @Test
    void aLeadCreatesAStudyWithTheDefaultsFilledIn() {
        String lead = account("lead");
        var created = as(lead).body(MAASTRICHT).post("/api/studies").then().statusCode(201).extract();
        JsonPath study = created.jsonPath();
        String id = study.getString("id");

        assertTrue(created.header("Location").endsWith("/api/studies/" + id));
        assertEquals(lead, study.getString("owner"));
        assertEquals(3, study.getInt("version"), "the questionnaire's current version");
        assertEquals(5, study.getDouble("threshold_pp"));
        assertEquals(List.of("nl", "en", "ar", "tr", "fa", "ti"), study.getList("languages"));
        assertEquals("geslacht", study.getString("dimensions[0].question"));
        assertEquals(60, study.getInt("quotas.gender.vrouw"));

        JsonPath again = as(lead).get("/api/studies/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(study.getMap(""), again.getMap(""));
        assertTrue(as(lead).get("/api/studies").then().statusCode(200).extract().jsonPath().getList("id").contains(id));
    }

    @Test
    void aBadDefinitionIsRefusedWithEveryProblemAndNothingStored() {
        String lead = account("lead");
        Map<String, Object> bad = Map.of(
                "name", " ",
                "organisation", "Gemeente Utrecht",
                "questionnaire", "thuis-in-de-stad",
                "start", "2026-12-21",
                "end", "2026-12-01",
                "languages", List.of("nl", "de"),
                "dimensions", List.of(Map.of("name", "gender", "question", "leeftijd_in_jaren"), Map.of("name", "Gender!")),
                "quotas", Map.of("municipality", Map.of("utrecht", 10)));

        List<Map<String, String>> problems = as(lead).body(bad).post("/api/studies").then().statusCode(422)
                .extract().jsonPath().getList("problems");

        List<String> fields = problems.stream().map(p -> p.get("field")).toList();
        assertEquals(List.of("name", "end", "languages", "dimensions[0].question", "dimensions[1].name", "quotas.municipality"),
                fields, problems.toString());
        assertTrue(as(lead).get("/api/studies").then().extract().jsonPath().getList("").isEmpty(), "nothing stored");
    }

    @Test
    void whatAScriptSendsWrongComesBackWithEveryReasonAtOnce() {
        String lead = account("lead");
        var unreadable = as(lead).body("{\"name\": \"x\", \"start\": \"2027-13-01\"}").post("/api/studies")
                .then().statusCode(400).extract().jsonPath();
        assertEquals("start", unreadable.getString("problems[0].field"), unreadable.prettify());
        as(lead).body("{not json").post("/api/studies").then().statusCode(400).extract().jsonPath().getString("problems[0].reason");

        Map<String, Object> misspelt = new java.util.HashMap<>(MAASTRICHT);
        misspelt.put("threshold", 8);
        assertEquals("threshold", as(lead).body(misspelt).post("/api/studies").then().statusCode(400).extract()
                .jsonPath().getString("problems[0].field"), "a misspelt field is refused, not ignored");
        Map<String, Object> fraction = new java.util.HashMap<>(MAASTRICHT);
        fraction.put("quotas", Map.of("gender", Map.of("vrouw", 1.5)));
        as(lead).body(fraction).post("/api/studies").then().statusCode(400);
        Map<String, Object> contact = new java.util.HashMap<>(MAASTRICHT);
        contact.put("dimensions", List.of(Map.of("name", "email")));
        contact.put("quotas", Map.of());
        assertEquals(List.of("dimensions[0].name"), as(lead).body(contact).post("/api/studies").then().statusCode(422)
                .extract().jsonPath().getList("problems.field"));

        Map<String, Object> bad = new java.util.HashMap<>(MAASTRICHT);
        bad.put("version", 7);
        bad.put("name", "a\nb");
        bad.put("languages", List.of("nl", "nl", "de"));
        bad.put("dimensions", List.of(Map.of("name", "gender", "question", "geslacht", "categories", List.of("vrouw", "zzz"))));
        bad.put("quotas", Map.of());
        List<String> fields = as(lead).body(bad).post("/api/studies").then().statusCode(422).extract().jsonPath()
                .getList("problems.field");
        assertEquals(List.of("name", "version", "languages", "languages", "dimensions[0].question"), fields);

        Map<String, Object> nul = new java.util.HashMap<>(MAASTRICHT);
        nul.put("name", "a\u0000b");
        assertEquals("name", as(lead).body(nul).post("/api/studies").then().statusCode(400).extract().jsonPath()
                .getString("problems[0].field"), "a NUL never reaches the database");
    }

    @Test
    void anotherLeadCannotReadOrChangeTheStudyAndAFieldworkerCannotCreateOne() {
        String owner = account("lead");
        String other = account("lead");
        String fieldworker = account("fieldworker");
        String id = as(owner).body(MAASTRICHT).post("/api/studies").then().statusCode(201).extract().path("id");

        as(other).get("/api/studies/" + id).then().statusCode(404);
        as(other).body(MAASTRICHT).put("/api/studies/" + id).then().statusCode(404);
        assertFalse(as(other).get("/api/studies").then().extract().jsonPath().getList("id").contains(id));
        as(fieldworker).body(MAASTRICHT).post("/api/studies").then().statusCode(403);
        as(fieldworker).get("/api/studies/" + id).then().statusCode(404);
        as(fieldworker).get("/api/responses/1").then().statusCode(403);

        // the owner and an admin can
        Map<String, Object> renamed = new java.util.HashMap<>(MAASTRICHT);
        renamed.put("name", "Thuis in Maastricht, tweede ronde");
        as(owner).body(renamed).put("/api/studies/" + id).then().statusCode(200);
        assertEquals("Thuis in Maastricht, tweede ronde",
                SignedIn.asAdmin().get("/api/studies/" + id).then().statusCode(200).extract().path("name"));
    }
}
