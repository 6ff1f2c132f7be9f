package nl.stemmen.monitor;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import nl.stemmen.respond.RespondentSession;
import nl.stemmen.study.StudyFixture;

/**
 * The monitor's figures (design §7) for a ten-person frame whose fate is known: every count, rate,
 * share, difference and partial R-indicator below is worked out by hand from the frame.
 */
@QuarkusTest
class MonitorApiTest {

    /*
     * Who does what: P01 P02 P03 P05 complete, P06 saves a page and stops, P04 only opens her
     * link, P09 opens and withdraws, the others do nothing. P09 has no gender, P10 no age band.
     */
    private static final String FRAME = """
            ref,name,gender,age_band
            P01,A,vrouw,18_29
            P02,B,vrouw,30_39
            P03,C,vrouw,18_29
            P04,D,vrouw,40_49
            P05,E,man,18_29
            P06,F,man,30_39
            P07,G,man,40_49
            P08,H,x,18_29
            P09,I,,30_39
            P10,J,man,
            """;

    private static Map<String, String> studyOfTen(RequestSpecification lead) {
        String id = lead.contentType(ContentType.JSON).body(Map.of("name", "Tien mensen", "organisation", "Gemeente Venlo",
                "questionnaire", "thuis-in-de-stad", "start", "2026-12-01", "end", "2026-12-21", "languages", List.of("nl"),
                "dimensions", List.of(Map.of("name", "gender", "categories", List.of("man", "vrouw", "x")),
                        Map.of("name", "age_band")),
                "quotas", Map.of("gender", Map.of("vrouw", 6))))
                .post("/api/studies").then().statusCode(201).extract().path("id");
        given().spec(lead).contentType("text/csv").body(FRAME.getBytes(StandardCharsets.UTF_8))
                .post("/api/studies/" + id + "/frame").then().statusCode(200);
        given().spec(lead).post("/api/studies/" + id + "/invitations").then().statusCode(201);
        String csv = given().spec(lead).get("/api/studies/" + id + "/invitations.csv").then().statusCode(200).extract().asString();
        try {
            Map<String, String> links = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv)).getRecords().stream()
                    .collect(Collectors.toMap(r -> r.get("ref"), r -> URI.create(r.get("link")).getPath()));
            links.put("study", id);
            return links;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyFigureOfATenPersonFrameIsAsWorkedOutByHand() {
        StudyFixture fixture = StudyFixture.create();
        Map<String, String> links = studyOfTen(fixture.lead());
        String study = links.get("study");
        JsonPath before = fixture.lead().get("/api/studies/" + study + "/monitor").then().statusCode(200).extract().jsonPath();
        assertEquals(10, before.getInt("invited"));
        assertEquals(0, before.getInt("opened"));
        assertEquals(1.0, before.getDouble("r_indicator"), "nobody responded yet: everyone alike");

        for (String ref : List.of("P01", "P02", "P03", "P05")) {
            RespondentSession.arriving(links.get(ref)).finish();
        }
        RespondentSession.arriving(links.get("P06")).submit("_action", "later");
        RespondentSession.arriving(links.get("P04"));
        RespondentSession.withdraw(links.get("P09"));
        // a preview never counts
        RespondentSession.preview("thuis-in-de-stad", "nl").finish();

        JsonPath monitor = fixture.lead().get("/api/studies/" + study + "/monitor").then().statusCode(200).extract().jsonPath();
        assertEquals(10, monitor.getInt("population"));
        assertEquals(10, monitor.getInt("invited"));
        assertEquals(7, monitor.getInt("opened"), "P01-P06 and P09, who withdrew after opening");
        assertEquals(5, monitor.getInt("started"));
        assertEquals(4, monitor.getInt("completed"));
        assertEquals(1, monitor.getInt("withdrawn"));
        assertEquals("population", monitor.getString("compared_with"));

        Map<String, Object> vrouw = monitor.getMap("dimensions.gender.vrouw");
        assertEquals(List.of("man", "vrouw", "x", "unknown"), List.copyOf(monitor.getMap("dimensions.gender").keySet()));
        assertEquals(4, vrouw.get("population"));
        assertEquals(4, vrouw.get("opened"));
        assertEquals(3, vrouw.get("started"));
        assertEquals(3, vrouw.get("completed"));
        assertEquals(0.75f, vrouw.get("response_rate"));
        assertEquals(0.4f, vrouw.get("population_share"));
        assertEquals(0.75f, vrouw.get("respondent_share"));
        assertEquals(35.0f, vrouw.get("difference_pp"));
        assertEquals(false, vrouw.get("representative"));
        assertEquals(6, vrouw.get("quota"));
        assertEquals(0.5f, vrouw.get("quota_progress"));
        // 1.96·√(0.25/3)·√((4−3)/(4−1)) = 0.3266 → 32.7 points
        assertEquals(32.7f, vrouw.get("margin_of_error_pp"));

        Map<String, Object> man = monitor.getMap("dimensions.gender.man");
        assertEquals(4, man.get("population"));
        assertEquals(2, man.get("started"));
        assertEquals(1, man.get("completed"));
        assertEquals(0.25f, man.get("response_rate"));
        assertEquals(-15.0f, man.get("difference_pp"));
        assertEquals(true, man.get("lagging"), "15 points under its population share");
        assertNull(man.get("quota"));

        Map<String, Object> unknown = monitor.getMap("dimensions.gender.unknown");
        assertEquals(1, unknown.get("population"));
        assertEquals(1, unknown.get("withdrawn"));
        assertEquals(0.0f, unknown.get("response_rate"));
        assertEquals(-10.0f, unknown.get("difference_pp"));

        // gender's rates .75 .25 0 0 over 4 4 1 1 people, mean .4: √((4·.35² + 4·.15² + .4² + .4²)/10) = √.09
        assertEquals(0.3f, vrouw.get("partial_r"));
        assertEquals(0.3f, monitor.getFloat("dimensions.gender.x.partial_r"));
        // age bands' rates 3/4, 1/3, 0/2, 0/1: √((4·.35² + 3·(1/3−.4)² + 2·.4² + .4²)/10) = 0.31358
        assertEquals(0.3136f, monitor.getFloat("dimensions.age_band.18_29.partial_r"));
        assertEquals(1, monitor.getInt("dimensions.age_band.unknown.population"));

        assertEquals(4, monitor.getInt("channels.personal_link.completed"));
        assertEquals(4, monitor.getInt("languages.nl.completed"));
        assertEquals(4, monitor.getList("completes_per_day.completed", Integer.class).stream().mapToInt(i -> i).sum());
        assertTrue(monitor.getBoolean("r_indicator_converged"));

        String cells = fixture.lead().get("/api/studies/" + study + "/monitor.csv").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        assertTrue(cells.startsWith("dimension,category,population,invited,opened,started,partial,completed,"), cells);
        assertTrue(cells.contains("\ngender,vrouw,4,4,4,3,0,3,0,0,0.75,0.4,0.4,0.75,35.0,false,32.7,6,0.5,"), cells);
        String days = fixture.lead().get("/api/studies/" + study + "/monitor.csv?figure=days").then().statusCode(200)
                .extract().asString();
        assertTrue(days.startsWith("date,completed\n"), days);
        fixture.lead().get("/api/studies/" + study + "/monitor.csv?figure=everything").then().statusCode(400)
                .body("problems[0].field", org.hamcrest.Matchers.equalTo("figure"));

        Document page = Jsoup.parse(fixture.lead().get("/studies/" + study + "/monitor").then().statusCode(200)
                .extract().asString());
        assertEquals("4", page.selectFirst("#completed").text());
        assertEquals("7", page.selectFirst("#opened").text());
        var manRow = page.select("#dimension-gender ~ .table").first().select("tbody tr").stream()
                .filter(row -> row.selectFirst("th").text().startsWith("man")).findFirst().orElseThrow();
        assertTrue(manRow.hasClass("lagging"));
        assertTrue(manRow.text().contains("blijft achter"), "lagging said in words, not only by colour");
        assertTrue(manRow.text().contains("25,0%"), manRow.text());
        assertTrue(manRow.text().contains("−15,0"), manRow.text());

        JsonPath plan = fixture.lead().get("/api/studies/" + study + "/outreach").then().statusCode(200).extract().jsonPath();
        Map<String, Object> men = plan.getList("proposals", Map.class).stream()
                .filter(p -> "man".equals(p.get("category"))).findFirst().orElseThrow();
        assertEquals(3, men.get("letters"), "P06 (started), P07 and P10: not completed, not withdrawn");
        assertEquals(0.75f, men.get("expected_completes"), "3 letters at the men's response rate so far, 1 in 4");
        assertTrue((Float) men.get("r_indicator_after") > monitor.getFloat("r_indicator"), "more men answering evens response out");
        String refs = fixture.lead().get("/api/studies/" + study + "/nonresponders.csv?gender=man").then().statusCode(200)
                .extract().asString();
        assertEquals("ref\nP06\nP07\nP10\n", refs);
        fixture.lead().get("/api/studies/" + study + "/nonresponders.csv?geslacht=man").then().statusCode(400);
        StudyFixture.anotherLead().get("/api/studies/" + study + "/nonresponders.csv").then().statusCode(404);
        Document outreach = Jsoup.parse(fixture.lead().get("/studies/" + study + "/outreach").then().statusCode(200)
                .extract().asString());
        assertTrue(outreach.text().contains("Herinnering aan 3 niet-respondenten in gender man"), outreach.text());

        // the lead excludes the one man's complete: it counts as excluded, no longer as started or completed
        String export = fixture.lead().get("/api/studies/" + study + "/export.csv").then().statusCode(200).extract().asString();
        String hisResponse = export.lines().filter(line -> line.contains(",completed,") && line.contains(",man,"))
                .map(line -> line.substring(0, line.indexOf(','))).findFirst().orElseThrow();
        fixture.lead().contentType(ContentType.JSON).body(Map.of("reason", "test: same person twice"))
                .put("/api/studies/" + study + "/responses/" + hisResponse + "/exclusion").then().statusCode(200);
        JsonPath after = fixture.lead().get("/api/studies/" + study + "/monitor").then().statusCode(200).extract().jsonPath();
        assertEquals(3, after.getInt("completed"));
        assertEquals(4, after.getInt("started"));
        assertEquals(1, after.getInt("excluded"));
        assertEquals(7, after.getInt("opened"), "he did open his link");
        assertEquals(0, after.getInt("dimensions.gender.man.completed"));
        assertEquals(1, after.getInt("dimensions.gender.man.excluded"));
        assertEquals(3, after.getInt("channels.personal_link.completed"));
        assertEquals(1, after.getInt("channels.personal_link.excluded"));
    }

    @Test
    void withOneDimensionTheRIndicatorIsOneMinusTwiceTheSpreadOfTheCellRates() {
        StudyFixture fixture = StudyFixture.create();
        Map<String, String> links = studyOfTen(fixture.lead());
        String study = links.get("study");
        // one dimension: the fitted propensities are the cells' rates
        Map<String, Object> onlyGender = Map.of("name", "Tien mensen", "organisation", "Gemeente Venlo",
                "questionnaire", "thuis-in-de-stad", "start", "2026-12-01", "end", "2026-12-21", "languages", List.of("nl"),
                "dimensions", List.of(Map.of("name", "gender", "categories", List.of("man", "vrouw", "x"))));
        fixture.lead().contentType(ContentType.JSON).body(onlyGender).put("/api/studies/" + study).then().statusCode(200);
        for (String ref : List.of("P01", "P02", "P03", "P05")) {
            RespondentSession.arriving(links.get(ref)).finish();
        }
        JsonPath monitor = fixture.lead().get("/api/studies/" + study + "/monitor").then().statusCode(200).extract().jsonPath();
        // rates .75 .25 0 0 on 4 4 1 1 people: S = √(0.9/9), R = 1 − 2·√0.1 = 0.36754
        assertEquals(0.3675f, monitor.getFloat("r_indicator"));
        assertEquals(List.of("man", "vrouw", "x", "unknown"), List.copyOf(monitor.getMap("dimensions.gender").keySet()),
                "cells of the earlier dimensions are gone");
    }

    @Test
    void onlyTheStudysLeadAndAdminsSeeItsMonitor() {
        StudyFixture fixture = StudyFixture.create();
        StudyFixture.anotherLead().get(fixture.path() + "/monitor").then().statusCode(404);
        StudyFixture.fieldworker().get(fixture.path() + "/monitor").then().statusCode(404);
        given().get(fixture.path() + "/monitor").then().statusCode(401);
        JsonPath empty = fixture.lead().get(fixture.path() + "/monitor").then().statusCode(200).extract().jsonPath();
        assertNull(empty.get("population"), "no frame yet: the population is unknown");
        assertNull(empty.get("r_indicator"));
    }
}
