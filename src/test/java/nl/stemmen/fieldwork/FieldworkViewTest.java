package nl.stemmen.fieldwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.stemmen.study.StudyFixture;

/**
 * A fieldworker's own view (issue 16, design §5): their flyers with opens, starts and completes today and
 * in total, and the groups their study still lacks in plain words; never an answer, never another's flyer.
 */
@QuarkusTest
class FieldworkViewTest {

    @Test
    void aFieldworkerSeesTheirFlyersCountsAndTheLaggingGroupsButNoAnswers() {
        String lead = StudyFixture.account("lead");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        Map<String, Object> running = new HashMap<>(StudyFixture.MAASTRICHT);
        running.put("start", today.minusDays(10).toString());
        running.put("end", today.plusDays(10).toString());
        running.put("quotas", Map.of("gender", Map.of("vrouw", 5)));
        String study = StudyFixture.as(lead).contentType(ContentType.JSON).body(running).post("/api/studies")
                .then().statusCode(201).extract().path("id");
        String amir = StudyFixture.account("fieldworker");
        String code = Flyers.flyer(StudyFixture.as(lead), study, Map.of("label", "Amir op de markt", "fieldworker", amir));
        Flyers.flyer(StudyFixture.as(lead), study, Map.of("label", "Bibliotheek"));
        Flyers.finish(code, Map.of("geslacht", "man"));
        Flyers.finish(code, Map.of("geslacht", "vrouw"));

        String body = StudyFixture.as(amir).get("/api/fieldwork").then().statusCode(200).extract().asString();
        JsonPath view = JsonPath.from(body);
        assertEquals(List.of("Amir op de markt"), view.getList("flyers.label"), "only their own flyer");
        assertEquals(2, view.getInt("flyers[0].completes"));
        assertEquals(2, view.getInt("flyers[0].today.completes"));
        assertEquals(2, view.getInt("flyers[0].today.starts"));
        assertEquals(study, view.getString("studies[0].id"));
        assertEquals(List.of(Map.of("dimension", "gender", "category", "vrouw", "completed", 1, "wanted", 5,
                "found_by", Map.of("Amir op de markt", 1))), view.getList("studies[0].lagging"),
                "one woman of the five wanted, halfway through fieldwork: behind; man has no quota");
        assertEquals("Nog te weinig mensen uit deze groepen: vrouw (gender): 1 van 5 gewenst, eerder gevonden via "
                + "Amir op de markt (1).", view.getString("studies[0].summary"));
        assertFalse(body.contains("geslacht"), "no question, no answer: " + body);

        Document page = Jsoup.parse(StudyFixture.as(amir).get("/veldwerk").then().statusCode(200).extract().asString());
        assertTrue(page.selectFirst(".lagging").text().contains("vrouw (gender)"));
        assertEquals(code, page.selectFirst("table.flyers code").text());
        assertTrue(page.select("form.assisted input[name=flyer]").eachAttr("value").contains(code), "an assisted start per flyer");

        StaffBrowser phone = new StaffBrowser(amir);
        var assisted = phone.submit(phone.get("/veldwerk").selectFirst("form.assisted"), Map.of("language", "ar"));
        assertEquals(303, assisted.statusCode());
        assertTrue(assisted.header("Location").contains("/r/"), "the response to fill in together, on this device");

        assertTrue(StudyFixture.fieldworker().get("/api/fieldwork").then().statusCode(200).extract().jsonPath()
                .getList("flyers").isEmpty());
        StudyFixture.as(amir).get("/api/studies/" + study + "/monitor").then().statusCode(404);
        StudyFixture.as(amir).get("/api/studies/" + study + "/flyers").then().statusCode(403);
    }

    @Test
    void onlyAFieldworkersAccountCanBeNamedOnAFlyerAndOnlyFieldworkersSeeTheirs() {
        StudyFixture study = StudyFixture.create();
        String leadTwo = StudyFixture.account("lead");
        String admin = StudyFixture.account("admin");
        String sara = StudyFixture.account("fieldworker");
        for (String name : List.of(leadTwo, admin, "nobody-such", sara.toUpperCase())) {
            JsonPath refused = study.lead().contentType(ContentType.JSON).body(Map.of("label", "x", "fieldworker", name,
                    "max_completes", 0)).post(study.path() + "/flyers").then().statusCode(422).extract().jsonPath();
            assertEquals(List.of("fieldworker", "max_completes"), refused.getList("problems.field"), name);
        }
        assertTrue(study.lead().get(study.path() + "/flyers").then().statusCode(200).extract().jsonPath().getList("$").isEmpty());
        Flyers.flyer(study.lead(), study.id(), Map.of("label", "Sara", "fieldworker", " " + sara + " "));
        assertEquals(List.of("Sara"), StudyFixture.as(sara).get("/api/fieldwork").then().statusCode(200).extract().jsonPath()
                .getList("flyers.label"));

        // a flyer stored before fieldworkers were checked, naming another lead: it shows them nothing of this study
        String label = "Oud " + leadTwo;
        Flyers.flyer(study.lead(), study.id(), Map.of("label", label));
        QuarkusTransaction.requiringNew().run(() -> OpenLink.update("fieldworker = ?1 where label = ?2", leadTwo, label));
        String seen = StudyFixture.as(leadTwo).get("/api/fieldwork").then().statusCode(200).extract().asString();
        assertEquals(Map.of("flyers", List.of(), "studies", List.of()), JsonPath.from(seen).getMap("$"), seen);
        assertFalse(seen.contains(study.id()));
        assertFalse(StudyFixture.as(leadTwo).get("/veldwerk").then().statusCode(200).extract().asString().contains(label));
    }
}
