package nl.stemmen.monitor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * A suspicious outsider's attempts to break the monitor of issue 14 through HTTP only: odd frames
 * (no dimensions, one person, labels with markup, formulas, line breaks, scripts other than Latin),
 * odd query strings, studies changed under the monitor, and the wrong people asking. Never a 500;
 * bad options a 400 with problems; counts that add up.
 */
@QuarkusTest
class HostileMonitorTest {

    private static final String SCRIPT = "<script>alert('x')</script>&\"";
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"klik\")";
    private static final String MULTILINE = "a,b \"c\"\nd";
    private static final String LONG = "l".repeat(200);
    private static final String ARABIC = "امرأة";
    private static final String GEEZ = "ሴት";

    private record Study(String id, Map<String, String> links) {
    }

    private static Study study(RequestSpecification lead, List<Map<String, Object>> dimensions, Map<String, Object> quotas,
            String frame) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Vijandig", "organisation", "Gemeente Venlo",
                "questionnaire", "thuis-in-de-stad", "start", "2026-11-01", "end", "2027-01-31", "languages", List.of("nl"),
                "dimensions", dimensions, "quotas", quotas));
        String id = given().spec(lead).contentType(ContentType.JSON).body(body).post("/api/studies")
                .then().statusCode(201).extract().path("id");
        given().spec(lead).contentType("text/csv").body(frame.getBytes(StandardCharsets.UTF_8))
                .post("/api/studies/" + id + "/frame").then().statusCode(200);
        given().spec(lead).post("/api/studies/" + id + "/invitations").then().statusCode(201);
        return new Study(id, links(lead, id));
    }

    private static Map<String, String> links(RequestSpecification lead, String id) {
        String csv = given().spec(lead).get("/api/studies/" + id + "/invitations.csv").then().statusCode(200).extract().asString();
        return records(csv).stream().collect(Collectors.toMap(r -> r.get("ref"), r -> URI.create(r.get("link")).getPath()));
    }

    private static List<CSVRecord> records(String csv) {
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static final List<String> FUNNEL = List.of("population", "invited", "opened", "started", "completed");

    /** Every cell's funnel narrows, and each dimension's categories add up to the study's totals. */
    private static void countsAddUp(JsonPath monitor) {
        Map<String, Map<String, Map<String, Object>>> dimensions = monitor.getMap("dimensions");
        for (var dimension : dimensions.entrySet()) {
            Map<String, Integer> sums = new HashMap<>();
            for (var cell : dimension.getValue().entrySet()) {
                Map<String, Object> f = cell.getValue();
                String where = dimension.getKey() + " " + cell.getKey() + ": " + f;
                assertTrue((Integer) f.get("completed") <= (Integer) f.get("started"), where);
                assertTrue((Integer) f.get("started") <= (Integer) f.get("opened"), where);
                assertTrue((Integer) f.get("opened") <= (Integer) f.get("invited"), where);
                for (String figure : FUNNEL) {
                    sums.merge(figure, f.get(figure) == null ? 0 : (Integer) f.get(figure), Integer::sum);
                }
            }
            for (String figure : FUNNEL) {
                Integer total = monitor.get(figure);
                assertEquals(total == null ? 0 : total, sums.get(figure), dimension.getKey() + " adds up to " + figure);
            }
        }
    }

    @Test
    void aStudyWithoutDimensionsHasAMonitorWeightsAndOutreachButNoCells() {
        StudyFixture fixture = StudyFixture.create();
        Study study = study(fixture.lead(), List.of(), Map.of(), "ref,gender\nP1,vrouw\n");
        RespondentSession.arriving(study.links().get("P1")).finish();
        String path = "/api/studies/" + study.id();
        JsonPath monitor = fixture.lead().get(path + "/monitor").then().statusCode(200).extract().jsonPath();
        assertEquals(1, monitor.getInt("population"));
        assertEquals(1, monitor.getInt("completed"));
        assertEquals(Map.of(), monitor.getMap("dimensions"));
        for (String figure : List.of("cells", "channels", "languages", "days")) {
            fixture.lead().get(path + "/monitor.csv?figure=" + figure).then().statusCode(200);
        }
        fixture.lead().get(path + "/weights").then().statusCode(200).body("problems", hasItem("no dimensions to weight by"));
        fixture.lead().get(path + "/weights.csv").then().statusCode(200).body(equalTo("response,weight\n"));
        fixture.lead().get(path + "/outreach").then().statusCode(200);
        fixture.lead().get(path + "/nonresponders.csv").then().statusCode(200).body(equalTo("ref\n"));
        fixture.lead().get("/studies/" + study.id() + "/monitor").then().statusCode(200);
        fixture.lead().get("/studies/" + study.id() + "/outreach").then().statusCode(200);
        fixture.lead().get(path + "/crosstab?question=geslacht&by=gender").then().statusCode(400)
                .body("problems.field", hasItem("by"));
        fixture.lead().get(path + "/questions").then().statusCode(200);
        fixture.lead().get(path + "/quality").then().statusCode(200);
        fixture.lead().get(path + "/export.csv").then().statusCode(200);
        fixture.lead().get(path + "/export.sav").then().statusCode(200);
        fixture.lead().get(path + "/codebook").then().statusCode(200);
    }

    @Test
    void oneFramePersonWhoWithdrawsLeavesNoRIndicatorToFailOn() {
        StudyFixture fixture = StudyFixture.create();
        Study study = study(fixture.lead(), List.of(Map.of("name", "gender")), Map.of(), "ref,gender\nP1,vrouw\n");
        String path = "/api/studies/" + study.id();
        JsonPath monitor = fixture.lead().get(path + "/monitor").then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertNull(monitor.get("r_indicator"), "one person: no standard deviation with denominator N − 1");
        RespondentSession.arriving(study.links().get("P1")).finish();
        monitor = fixture.lead().get(path + "/monitor").then().statusCode(200).extract().jsonPath();
        assertEquals(1.0f, monitor.getFloat("dimensions.gender.vrouw.response_rate"));
        assertEquals(0.0f, monitor.getFloat("dimensions.gender.vrouw.margin_of_error_pp"), "the whole cell answered");
        countsAddUp(monitor);
        fixture.lead().get(path + "/weights").then().statusCode(200).body("respondents", equalTo(1))
                .body("converged", equalTo(true));
        fixture.lead().get(path + "/outreach").then().statusCode(200).body("proposals.size()", equalTo(0));
    }

    @Test
    void categoriesWithMarkupFormulasLineBreaksAndOtherScriptsStayApartAndInert() {
        StudyFixture fixture = StudyFixture.create();
        List<String> values = List.of("X", "x", "", "unknown", SCRIPT, FORMULA, MULTILINE, LONG, ARABIC, GEEZ, "nul-null");
        StringBuilder frame = new StringBuilder("ref,gender\n");
        for (int i = 0; i < values.size(); i++) {
            frame.append("P").append(i).append(',').append(quoted(values.get(i))).append('\n');
        }
        frame.append("=1+1,X\n");
        // a declared category nobody has, with a quota
        Study study = study(fixture.lead(), List.of(Map.of("name", "gender", "categories", List.of("nooit", "X"))),
                Map.of("gender", Map.of("nooit", 3)), frame.toString());
        for (String ref : List.of("P0", "P4", "P5", "P6", "P9")) {
            RespondentSession.arriving(study.links().get(ref)).finish();
        }
        RespondentSession.arriving(study.links().get("P1"));
        String path = "/api/studies/" + study.id();

        JsonPath monitor = fixture.lead().get(path + "/monitor").then().statusCode(200).extract().jsonPath();
        List<String> categories = monitor.getMap("dimensions.gender").keySet().stream().map(String::valueOf).toList();
        assertEquals("nooit", categories.get(0));
        assertEquals("X", categories.get(1));
        assertEquals("unknown", categories.get(categories.size() - 1), "empty and 'unknown' are one category, last");
        assertTrue(categories.containsAll(List.of("x", SCRIPT, FORMULA, MULTILINE, LONG, ARABIC, GEEZ)), categories.toString());
        assertEquals(11, categories.size(), categories.toString());
        assertEquals(2, monitor.getInt("dimensions.gender.X.population"), "X and x are different categories");
        assertEquals(2, monitor.getInt("dimensions.gender.unknown.population"));
        assertEquals(0, monitor.getInt("dimensions.gender.nooit.population"), "the frame has nobody there: 0, not unknown");
        assertEquals(0.0f, monitor.getFloat("dimensions.gender.nooit.population_share"));
        assertEquals(true, monitor.getBoolean("dimensions.gender.nooit.lagging"));
        assertEquals(3, monitor.getInt("dimensions.gender.nooit.quota"));
        assertEquals(6, monitor.getInt("opened"));
        assertEquals(5, monitor.getInt("completed"));
        assertNotNull(monitor.get("r_indicator"));
        countsAddUp(monitor);

        fixture.lead().get(path + "/outreach").then().statusCode(200)
                .body("proposals.explanation", hasItem(org.hamcrest.Matchers.containsString("in gender nul-null:")));

        String cells = fixture.lead().get(path + "/monitor.csv?figure=CELLS").then().statusCode(200).extract().asString();
        Map<String, CSVRecord> byCategory = new LinkedHashMap<>();
        records(cells).forEach(r -> byCategory.put(r.get("category"), r));
        assertTrue(byCategory.containsKey("'" + FORMULA), byCategory.keySet().toString());
        assertFalse(byCategory.containsKey(FORMULA));
        assertTrue(byCategory.containsKey(MULTILINE), "a line break stays inside its quoted cell");
        assertEquals(categories.size(), byCategory.size());

        String refs = fixture.lead().get(path + "/nonresponders.csv?gender=X").then().statusCode(200).extract().asString();
        assertEquals("ref\n'=1+1\n", refs, "P0 completed; the formula-like ref is inert");
        fixture.lead().queryParam("gender", FORMULA).get(path + "/nonresponders.csv").then().statusCode(200)
                .body(equalTo("ref\n"));
        fixture.lead().queryParam("gender", MULTILINE).queryParam("gender", "x").get(path + "/nonresponders.csv")
                .then().statusCode(200).body(equalTo("ref\nP1\n"));

        String export = fixture.lead().get(path + "/export.csv").then().statusCode(200).extract().asString();
        assertFalse(export.contains("," + quoted(FORMULA)), "a formula from the frame is written inert in the export");
        fixture.lead().get(path + "/export.sav").then().statusCode(200);
        fixture.lead().get(path + "/codebook").then().statusCode(200);
        fixture.lead().get(path + "/quality").then().statusCode(200);
        fixture.lead().get(path + "/crosstab?question=geslacht&by=gender").then().statusCode(200)
                .body("categories", hasItem(MULTILINE));
        fixture.lead().get(path + "/weights?by=gender").then().statusCode(200);
        fixture.lead().get(path + "/weights.csv?by=gender").then().statusCode(200);

        for (String page : List.of("/studies/" + study.id() + "/monitor", "/studies/" + study.id() + "/outreach")) {
            String html = fixture.lead().get(page).then().statusCode(200).extract().asString();
            Document doc = Jsoup.parse(html);
            assertTrue(doc.select("script").isEmpty(), page + " runs no script from a frame value");
            assertFalse(html.contains(SCRIPT), page);
            if (page.endsWith("monitor")) {
                assertTrue(doc.text().contains(SCRIPT), "the label is shown as text");
                assertTrue(doc.select("svg text").stream().anyMatch(t -> t.text().contains("<script>")),
                        "the SVG shows the label as text too");
            }
        }
    }

    @Test
    void aDeclaredCategoryNamedUnknownIsListedOnce() {
        StudyFixture fixture = StudyFixture.create();
        Study study = study(fixture.lead(), List.of(Map.of("name", "gender", "categories", List.of("man", "unknown", "vrouw"))),
                Map.of(), "ref,gender\nP1,man\nP2,\nP3,vrouw\nP4,man\n");
        RespondentSession.arriving(study.links().get("P1")).finish();
        RespondentSession.arriving(study.links().get("P2")).finish();
        String path = "/api/studies/" + study.id();
        JsonPath monitor = fixture.lead().get(path + "/monitor").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("man", "vrouw", "unknown"), List.copyOf(monitor.getMap("dimensions.gender").keySet()));
        assertNotNull(monitor.get("r_indicator"));
        assertTrue(monitor.getBoolean("r_indicator_converged"));
        countsAddUp(monitor);
        fixture.lead().get(path + "/weights").then().statusCode(200);
        fixture.lead().get(path + "/outreach").then().statusCode(200);
        fixture.lead().get("/studies/" + study.id() + "/monitor").then().statusCode(200);
    }

    @Test
    void queryOptionsAScriptGetsWrongAnswer400WithTheField() {
        StudyFixture fixture = StudyFixture.create();
        Study study = study(fixture.lead(), List.of(Map.of("name", "gender"), Map.of("name", "age_band")), Map.of(),
                "ref,gender,age_band\nP1,man,18_29\nP2,vrouw,30_39\nP3,man,30_39\n");
        RespondentSession.arriving(study.links().get("P1")).finish();
        RespondentSession.arriving(study.links().get("P2")).finish();
        String path = "/api/studies/" + study.id();
        RequestSpecification lead = fixture.lead();

        given().spec(lead).get(path + "/monitor.csv?figure=").then().statusCode(200).body(org.hamcrest.Matchers.startsWith("dimension,"));
        given().spec(lead).get(path + "/monitor.csv?figure=CELLS").then().statusCode(200);
        given().spec(lead).get(path + "/monitor.csv?figure=days&figure=cells").then().statusCode(200);
        given().spec(lead).get(path + "/monitor.csv?figure=%00").then().statusCode(400);

        given().spec(lead).get(path + "/weights?by=").then().statusCode(200).body("dimensions", equalTo(List.of("gender", "age_band")));
        given().spec(lead).get(path + "/weights?by=gender,gender").then().statusCode(400).body("problems[0].field", equalTo("by"));
        given().spec(lead).get(path + "/weights?by=geslacht").then().statusCode(400).body("problems[0].field", equalTo("by"));
        for (String trim : List.of("5,0.2", "NaN,Infinity", "-1,2", "0.2", "0.2,5,9", "0,5", "0.2,Infinity", "a,b", ",")) {
            given().spec(lead).queryParam("trim", trim).get(path + "/weights").then().statusCode(400)
                    .body("problems[0].field", equalTo("trim"));
            given().spec(lead).queryParam("trim", trim).get(path + "/weights.csv").then().statusCode(400);
        }
        given().spec(lead).get(path + "/weights?trim=none").then().statusCode(200);
        given().spec(lead).get(path + "/weights?trim=1,1").then().statusCode(200);

        given().spec(lead).get(path + "/nonresponders.csv?colour=red").then().statusCode(400)
                .body("problems[0].field", equalTo("colour"));
        given().spec(lead).get(path + "/nonresponders.csv?gender=%00").then().statusCode(200).body(equalTo("ref\n"));
        given().spec(lead).queryParam("gender", "m".repeat(4000)).get(path + "/nonresponders.csv").then().statusCode(200)
                .body(equalTo("ref\n"));
        given().spec(lead).get(path + "/nonresponders.csv?gender=").then().statusCode(200).body(equalTo("ref\n"));
        given().spec(lead).get(path + "/nonresponders.csv?gender=man&gender=man&age_band=30_39").then().statusCode(200)
                .body(equalTo("ref\nP3\n"));
        RequestSpecification many = given().spec(lead);
        for (int i = 0; i < 50; i++) {
            many.queryParam("d" + i, "x");
        }
        many.get(path + "/nonresponders.csv").then().statusCode(400).body("problems.size()", equalTo(50));

        given().spec(lead).get(path + "/crosstab?question=geslacht").then().statusCode(400).body("problems.field", hasItem("by"));
        given().spec(lead).get(path + "/crosstab?question=&by=").then().statusCode(400);
        given().spec(lead).get(path + "/crosstab?question=geslacht&by=gender&by=age_band").then().statusCode(200);
        given().spec(lead).get(path + "/export.csv?labels=&excluded=").then().statusCode(200); // empty: the defaults, as figure=
        given().spec(lead).get(path + "/export.csv?labels=xx&excluded=never").then().statusCode(400).body("problems.size()", equalTo(2));
    }

    @Test
    void theMonitorFollowsDimensionsChangedAfterInvitingAndAFrameThatDropsPeople() {
        StudyFixture fixture = StudyFixture.create();
        String frame = "ref,gender,age_band\nP1,man,18_29\nP2,vrouw,30_39\nP3,man,30_39\nP4,vrouw,18_29\n";
        Study study = study(fixture.lead(), List.of(Map.of("name", "gender")), Map.of(), frame);
        RespondentSession.arriving(study.links().get("P1")).finish();
        RespondentSession.arriving(study.links().get("P2"));
        String path = "/api/studies/" + study.id();
        Map<String, Object> redefined = Map.of("name", "Vijandig", "organisation", "Gemeente Venlo",
                "questionnaire", "thuis-in-de-stad", "start", "2026-11-01", "end", "2027-01-31", "languages", List.of("nl"),
                "dimensions", List.of(Map.of("name", "age_band"), Map.of("name", "municipality")),
                "quotas", Map.of("age_band", Map.of("40_49", 2)));
        fixture.lead().contentType(ContentType.JSON).body(redefined).put(path).then().statusCode(200);
        JsonPath monitor = fixture.lead().get(path + "/monitor").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("age_band", "municipality"), List.copyOf(monitor.getMap("dimensions").keySet()));
        assertEquals(4, monitor.getInt("dimensions.municipality.unknown.population"), "no such column: everyone unknown");
        assertEquals(1, monitor.getInt("dimensions.age_band.18_29.completed"));
        assertEquals(0, monitor.getInt("dimensions.age_band.40_49.population"), "a quota nobody in the frame has shows");
        assertEquals(2, monitor.getInt("dimensions.age_band.40_49.quota"));
        countsAddUp(monitor);

        // a later file without P3 and P4, and with a new person
        fixture.lead().contentType("text/csv").body("ref,gender,age_band\nP1,man,18_29\nP2,vrouw,30_39\nP5,x,50_59\n"
                .getBytes(StandardCharsets.UTF_8)).post(path + "/frame").then().statusCode(200).body("missing", equalTo(2));
        monitor = fixture.lead().get(path + "/monitor").then().statusCode(200).extract().jsonPath();
        assertEquals(3, monitor.getInt("population"), "the latest file");
        assertEquals(4, monitor.getInt("invited"));
        assertEquals(2, monitor.getInt("opened"));
        assertEquals(1, monitor.getInt("completed"));
        fixture.lead().get(path + "/monitor.csv").then().statusCode(200);
        fixture.lead().get(path + "/weights").then().statusCode(200);
        fixture.lead().get(path + "/outreach").then().statusCode(200);
        fixture.lead().get("/studies/" + study.id() + "/monitor").then().statusCode(200);
        fixture.lead().get(path + "/nonresponders.csv?age_band=30_39").then().statusCode(200).body(equalTo("ref\nP2\nP3\n"));
    }

    @Test
    void excludingAndIncludingAgainPutsEveryCountBack() {
        StudyFixture fixture = StudyFixture.create();
        Study study = study(fixture.lead(), List.of(Map.of("name", "gender")), Map.of(), "ref,gender\nP1,man\nP2,vrouw\nP3,vrouw\n");
        RespondentSession.arriving(study.links().get("P1")).finish();
        RespondentSession.arriving(study.links().get("P2")).finish();
        String path = "/api/studies/" + study.id();
        JsonPath before = fixture.lead().get(path + "/monitor").then().statusCode(200).extract().jsonPath();
        String export = fixture.lead().get(path + "/export.csv").then().statusCode(200).extract().asString();
        String response = records(export).get(0).get(0);

        fixture.lead().contentType(ContentType.JSON).put(path + "/responses/" + response + "/exclusion").then().statusCode(422);
        fixture.lead().contentType(ContentType.JSON).body("null").put(path + "/responses/" + response + "/exclusion")
                .then().statusCode(422);
        fixture.lead().contentType(ContentType.JSON).body("{\"reason\": [\"a\"]}").put(path + "/responses/" + response + "/exclusion")
                .then().statusCode(400);
        fixture.lead().contentType(ContentType.JSON).body(Map.of("reason", "a\nb")).put(path + "/responses/" + response + "/exclusion")
                .then().statusCode(422).body("problems[0].field", equalTo("reason"));
        fixture.lead().contentType(ContentType.JSON).body(Map.of("reason", "x")).put(path + "/responses/abc/exclusion")
                .then().statusCode(404);
        fixture.lead().contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .put(path + "/responses/99999999999999999999/exclusion").then().statusCode(404);
        fixture.lead().delete(path + "/responses/-1/exclusion").then().statusCode(404);
        // another lead's response, through this lead's study
        StudyFixture other = StudyFixture.create();
        Study theirs = study(other.lead(), List.of(Map.of("name", "gender")), Map.of(), "ref,gender\nQ1,man\n");
        RespondentSession.arriving(theirs.links().get("Q1")).finish();
        String theirResponse = records(other.lead().get("/api/studies/" + theirs.id() + "/export.csv").then().statusCode(200)
                .extract().asString()).get(0).get(0);
        fixture.lead().contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .put(path + "/responses/" + theirResponse + "/exclusion").then().statusCode(404);

        fixture.lead().contentType(ContentType.JSON).body(Map.of("reason", "twice")).put(path + "/responses/" + response + "/exclusion")
                .then().statusCode(200);
        fixture.lead().contentType(ContentType.JSON).body(Map.of("reason", "twice")).put(path + "/responses/" + response + "/exclusion")
                .then().statusCode(200);
        JsonPath excluded = fixture.lead().get(path + "/monitor").then().statusCode(200).extract().jsonPath();
        assertEquals(1, excluded.getInt("completed"));
        assertEquals(1, excluded.getInt("excluded"), "excluding twice counts once");
        countsAddUp(excluded);
        fixture.lead().delete(path + "/responses/" + response + "/exclusion").then().statusCode(204);
        fixture.lead().delete(path + "/responses/" + response + "/exclusion").then().statusCode(204);
        JsonPath after = fixture.lead().get(path + "/monitor").then().statusCode(200).extract().jsonPath();
        for (String figure : List.of("invited", "opened", "started", "completed", "excluded", "r_indicator",
                "dimensions.gender.man.completed", "dimensions.gender.vrouw.completed", "dimensions.gender.man.partial_r")) {
            assertEquals((Object) before.get(figure), after.get(figure), figure);
        }
    }

    @Test
    void theWrongPeopleGetNoFigures() {
        StudyFixture fixture = StudyFixture.create();
        Study study = study(fixture.lead(), List.of(Map.of("name", "gender")), Map.of(), "ref,gender\nP1,man\n");
        RespondentSession.arriving(study.links().get("P1")).finish();
        String api = "/api/studies/" + study.id();
        List<String> paths = new ArrayList<>(List.of(api + "/monitor", api + "/monitor.csv", api + "/weights", api + "/weights.csv",
                api + "/outreach", api + "/nonresponders.csv", api + "/questions", api + "/questions.csv",
                api + "/crosstab?question=geslacht&by=gender", api + "/quality", api + "/export.csv", api + "/export.sav",
                api + "/codebook", "/studies/" + study.id() + "/monitor", "/studies/" + study.id() + "/outreach"));
        RequestSpecification fieldworker = StudyFixture.fieldworker();
        RequestSpecification otherLead = StudyFixture.anotherLead();
        for (String path : paths) {
            int anonymous = given().redirects().follow(false).get(path).statusCode();
            assertTrue(Set.of(401, 302, 303).contains(anonymous), path + " without sign-in: " + anonymous);
            int asFieldworker = given().spec(fieldworker).get(path).statusCode();
            assertTrue(asFieldworker == 403 || asFieldworker == 404, path + " as a fieldworker: " + asFieldworker);
            assertEquals(404, given().spec(otherLead).get(path).statusCode(), path + " as another lead");
        }
        for (String path : paths) {
            String unknown = path.replace(study.id(), "st-' or 1=1 --");
            assertEquals(404, given().spec(fixture.lead()).get(unknown).statusCode(), unknown + " of no study");
        }
        // a study without a frame: nothing known, nothing to fail on
        StudyFixture bare = StudyFixture.create();
        for (String path : List.of(bare.path() + "/monitor.csv", bare.path() + "/weights", bare.path() + "/weights.csv",
                bare.path() + "/outreach", bare.path() + "/nonresponders.csv", "/studies/" + bare.id() + "/monitor",
                "/studies/" + bare.id() + "/outreach")) {
            assertEquals(200, given().spec(bare.lead()).get(path).statusCode(), path);
        }
        given().spec(otherLead).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .put(api + "/responses/1/exclusion").then().statusCode(404);
        given().spec(fieldworker).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .put(api + "/responses/1/exclusion").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("reason", "x")).delete(api + "/responses/1/exclusion")
                .then().statusCode(401);
    }

    @Test
    void withdrawingAfterCompletingKeepsTheFunnelNarrowing() {
        StudyFixture fixture = StudyFixture.create();
        Study study = study(fixture.lead(), List.of(Map.of("name", "gender")), Map.of(), "ref,gender\nP1,man\nP2,vrouw\n");
        String path = "/api/studies/" + study.id();
        RespondentSession.arriving(study.links().get("P2")).finish();
        RespondentSession done = RespondentSession.arriving(study.links().get("P1")).finish();
        fixture.lead().get(path + "/weights").then().statusCode(200).body("respondents", equalTo(2));
        Document thanks = Jsoup.parse(given().get(done.path()).then().statusCode(200).extract().asString());
        Document confirm = Jsoup.parse(given().get(thanks.selectFirst(".stop a").attr("href")).then().statusCode(200)
                .extract().asString());
        given().post(confirm.selectFirst("form").attr("action")).then().statusCode(410);

        JsonPath monitor = fixture.lead().get(path + "/monitor").then().statusCode(200).extract().jsonPath();
        assertEquals(1, monitor.getInt("completed"), "his answers are gone");
        assertEquals(1, monitor.getInt("withdrawn"));
        assertEquals(2, monitor.getInt("opened"), "he did open his link");
        assertEquals(0, monitor.getInt("dimensions.gender.man.completed"));
        assertEquals(1, monitor.getInt("dimensions.gender.man.withdrawn"));
        countsAddUp(monitor);
        fixture.lead().get(path + "/weights").then().statusCode(200).body("respondents", equalTo(1));
        fixture.lead().get(path + "/nonresponders.csv").then().statusCode(200).body(equalTo("ref\n"));
        fixture.lead().get(path + "/outreach").then().statusCode(200);
        String export = fixture.lead().get(path + "/export.csv").then().statusCode(200).extract().asString();
        assertEquals(1, records(export).size(), "only her response is left");
    }

    @Test
    void aThresholdOfZeroIsRefused() {
        StudyFixture fixture = StudyFixture.create();
        fixture.lead().contentType(ContentType.JSON).body(Map.of("name", "Nul", "organisation", "Gemeente Venlo",
                "questionnaire", "thuis-in-de-stad", "start", "2026-11-01", "end", "2027-01-31",
                "dimensions", List.of(Map.of("name", "gender")), "threshold_pp", 0))
                .post("/api/studies").then().statusCode(422).body("problems.field", hasItem("threshold_pp"));
    }
}
