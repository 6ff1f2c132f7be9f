package nl.stemmen.monitor.quality;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.stemmen.access.SignedIn;
import nl.stemmen.respond.RespondentSession;
import nl.stemmen.study.StudyFixture;

/**
 * The data-quality checks over responses made through the real respondent pages: three invited women
 * walk the demo questionnaire (one in a hurry, her twin the same way a little later, one with varied
 * matrix answers) and ten SQL copies of the careful one, days apart, give the route its median (copies
 * have no invitation, so no known subgroup). Timings are set with SQL. Then the flags, exclusions
 * (logged) and who may see them, over HTTP.
 */
@QuarkusTest
class DataQualityTest {

    private static final String FRAME = """
            ref,letter_language,gender,age_band,country_of_birth
            Q001,nl,vrouw,30_39,syrie
            Q002,nl,vrouw,30_39,syrie
            Q003,nl,vrouw,30_39,syrie
            """;

    /** Two rows of every matrix on the quick route answered otherwise than the first choice: no straight line. */
    private static final Map<String, String> VARIED = Map.ofEntries(
            Map.entry("nl_kunnen_verstaan", "slecht"), Map.entry("nl_kunnen_lezen", "gaat_wel"),
            Map.entry("buurt_stellingen_schoon", "oneens"), Map.entry("buurt_stellingen_helpen", "neutraal"),
            Map.entry("contact_nieuwkomers", "nooit"), Map.entry("contact_buren", "wekelijks"),
            Map.entry("thuis_stellingen_thuis_nl", "neutraal"), Map.entry("thuis_stellingen_blijven", "oneens"),
            Map.entry("gevoelens_rustig", "soms"), Map.entry("gevoelens_gelukkig", "nooit"),
            Map.entry("gemeente_stellingen_intake", "oneens"), Map.entry("gemeente_stellingen_plan", "neutraal"));

    /** The study, built once for every test: its responses by role. */
    private record Scenario(StudyFixture study, long hurried, long twin, long careful, List<Long> copies) {
    }

    private static Scenario scenario;

    @Inject
    DataSource database;

    private Scenario scenario() throws SQLException {
        if (scenario == null) {
            StudyFixture study = StudyFixture.create();
            study.lead().contentType("text/csv").body(FRAME.getBytes(StandardCharsets.UTF_8)).post(study.path() + "/frame")
                    .then().statusCode(200);
            study.lead().post(study.path() + "/invitations").then().statusCode(201);
            Map<String, String> links = links(study);
            long hurried = RespondentSession.arriving(links.get("Q001")).finish().stored().getLong("id");
            long twin = RespondentSession.arriving(links.get("Q002")).finish().stored().getLong("id");
            long careful = RespondentSession.arriving(links.get("Q003")).finish(VARIED).stored().getLong("id");
            List<Long> copies = new ArrayList<>();
            try (Connection connection = database.getConnection()) {
                tookMinutes(connection, hurried, 2);
                tookMinutes(connection, twin, 18);
                tookMinutes(connection, careful, 25);
                for (int day = 1; day <= 10; day++) {
                    copies.add(copy(connection, careful, Instant.now().minus(Duration.ofDays(day)), Duration.ofMinutes(20)));
                }
            }
            scenario = new Scenario(study, hurried, twin, careful, copies);
        }
        return scenario;
    }

    private static Map<String, String> links(StudyFixture study) {
        String csv = study.lead().get(study.path() + "/invitations.csv").then().statusCode(200).extract().asString();
        try {
            Map<String, String> links = new HashMap<>();
            for (CSVRecord line : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv))) {
                links.put(line.get("ref"), URI.create(line.get("link")).getPath());
            }
            return links;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes the response's completion time {@code minutes}: it started that long before it completed. */
    private static void tookMinutes(Connection connection, long response, int minutes) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update response set started_at = completed_at - ? * interval '1 minute' "
                + "where id = ?")) {
            update.setInt(1, minutes);
            update.setLong(2, response);
            assertEquals(1, update.executeUpdate());
        }
    }

    /** A copy of a response with all its answers, completed at {@code completed} after {@code took}; its id. */
    private static long copy(Connection connection, long response, Instant completed, Duration took) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("insert into response (access_hash, questionnaire_id, "
                + "questionnaire_version, language, channel, mode, test, status, current_page, started_at, updated_at, "
                + "completed_at, study_id, cell_id, first_saved_at) select ?, questionnaire_id, questionnaire_version, language, "
                + "channel, mode, test, status, current_page, ?, ?, ?, study_id, cell_id, ? from response where id = ?",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, UUID.randomUUID().toString());
            Timestamp started = Timestamp.from(completed.minus(took));
            insert.setTimestamp(2, started);
            insert.setTimestamp(3, Timestamp.from(completed));
            insert.setTimestamp(4, Timestamp.from(completed));
            insert.setTimestamp(5, started);
            insert.setLong(6, response);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong("id");
            }
        }
        try (PreparedStatement answers = connection.prepareStatement("insert into answer (response_id, variable, item, "
                + "question_type, status, text_value, number_value, date_value, missing, answered_at) select ?, variable, item, "
                + "question_type, status, text_value, number_value, date_value, missing, answered_at from answer where response_id = ?")) {
            answers.setLong(1, id);
            answers.setLong(2, response);
            assertTrue(answers.executeUpdate() > 40, "the copy has every answer");
        }
        return id;
    }

    private static JsonPath quality(Scenario s) {
        return s.study().lead().get(s.study().path() + "/quality").then().statusCode(200).extract().jsonPath();
    }

    /** The detail of the response's flag of this kind; null when it has none. */
    private static String flag(JsonPath report, long response, String kind) {
        List<Map<String, Object>> flags = report.getList("flags");
        return flags.stream().filter(f -> ((Number) f.get("response")).longValue() == response && kind.equals(f.get("flag")))
                .map(f -> (String) f.get("detail")).findFirst().orElse(null);
    }

    @Test
    void aSpeederIsFlaggedAgainstTheMedianOfItsRouteAndANormalOneIsNot() throws SQLException {
        Scenario s = scenario();
        JsonPath report = quality(s);
        assertEquals(13, report.getInt("responses"));
        assertNotNull(report.getString("checked_at"));
        // 13 completes on one route: 2, 18, 20 (ten times) and 25 minutes; the median is 20, a third of it 6.7
        assertEquals("completed in 2.0 min; median of its route 20.0 min (13 completes, 9 pages); limit 6.7 min",
                flag(report, s.hurried(), "speeder"));
        assertNull(flag(report, s.twin(), "speeder"), "18 minutes is no speeder");
        assertNull(flag(report, s.careful(), "speeder"));
        assertEquals(1, report.getInt("counts.speeder"));
    }

    @Test
    void aStraightLinerIsFlaggedAndVariedMatrixAnswersAreNot() throws SQLException {
        Scenario s = scenario();
        JsonPath report = quality(s);
        String detail = flag(report, s.hurried(), "straightlining");
        assertNotNull(detail, "the first choice on every row of every matrix");
        assertTrue(detail.startsWith("one choice on every answered row of nl_kunnen (4 rows), buurt_stellingen (5 rows), "
                + "contact (4 rows)"), detail);
        assertFalse(detail.contains("goed"), "names no answer: " + detail);
        assertNull(flag(report, s.careful(), "straightlining"));
        assertNull(flag(report, s.copies().get(0), "straightlining"));
        assertEquals(2, report.getInt("counts.straightlining"), "the hurried one and her twin");
    }

    @Test
    void twoResponsesWithMatchingAnswersAreADuplicateUntilTheyAreHoursApart() throws SQLException {
        Scenario s = scenario();
        JsonPath report = quality(s);
        String detail = flag(report, s.twin(), "duplicate");
        assertNotNull(detail, "the same subgroup, the same answers, minutes apart");
        assertTrue(detail.startsWith("same answers as response " + s.hurried() + ": every subgroup, "), detail);
        assertNull(flag(report, s.hurried(), "duplicate"), "the earlier one stays unflagged");
        assertNull(flag(report, s.careful(), "duplicate"), "same subgroup, but 12 answers differ");
        assertEquals(1, report.getInt("counts.duplicate"), "copies have no frame row: their subgroup is unknown, so never judged");

        // three hours later the same answers are no duplicate: the next run drops the flag
        try (Connection connection = database.getConnection()) {
            shift(connection, s.twin(), 3);
            try {
                assertNull(flag(quality(s), s.twin(), "duplicate"));
            } finally {
                shift(connection, s.twin(), -3);
            }
        }
        assertNotNull(flag(quality(s), s.twin(), "duplicate"));
    }

    private static void shift(Connection connection, long response, int hours) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update response set started_at = started_at + ? * interval '1 hour', "
                + "completed_at = completed_at + ? * interval '1 hour' where id = ?")) {
            update.setInt(1, hours);
            update.setInt(2, hours);
            update.setLong(3, response);
            update.executeUpdate();
        }
    }

    @Test
    void anExclusionIsLoggedKeptAcrossRunsAndTakenBack() throws SQLException {
        Scenario s = scenario();
        String path = s.study().path() + "/responses/" + s.hurried() + "/exclusion";
        List<String> log = new ArrayList<>();
        Logger logger = Logger.getLogger(Exclusions.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                log.add(String.format(record.getMessage(), record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(capture);
        try {
            s.study().lead().contentType(ContentType.JSON).body(Map.of("reason", " ")).put(path).then().statusCode(422)
                    .body("problems[0].field", equalTo("reason"));
            JsonPath excluded = s.study().lead().contentType(ContentType.JSON).body(Map.of("reason", "speeder, 2 minutes"))
                    .put(path).then().statusCode(200).extract().jsonPath();
            assertEquals(s.hurried(), excluded.getLong("response"));
            assertEquals(s.study().leadName(), excluded.getString("excluded_by"));
            assertEquals(s.study().leadName(), excludedBy(s.hurried()));
            assertTrue(log.contains("Response " + s.hurried() + " of study " + s.study().id() + " excluded by "
                    + s.study().leadName() + ": speeder, 2 minutes"), log.toString());

            // the speeder flag goes when its time is normal again; the exclusion stays
            try (Connection connection = database.getConnection()) {
                tookMinutes(connection, s.hurried(), 21);
                try {
                    JsonPath report = quality(s);
                    assertNull(flag(report, s.hurried(), "speeder"));
                    assertEquals(Boolean.TRUE, flagRow(report, s.hurried(), "straightlining").get("excluded"));
                    assertEquals(List.of(s.hurried()), report.getList("exclusions.response", Long.class));
                } finally {
                    tookMinutes(connection, s.hurried(), 2);
                }
            }

            s.study().lead().delete(path).then().statusCode(204);
            assertNull(excludedBy(s.hurried()));
            assertTrue(log.stream().anyMatch(l -> l.startsWith("Response " + s.hurried() + " of study " + s.study().id()
                    + " included again by " + s.study().leadName() + " (excluded by " + s.study().leadName())), log.toString());
            assertEquals(List.of(), quality(s).getList("exclusions"));
        } finally {
            logger.removeHandler(capture);
        }
    }

    private static Map<String, Object> flagRow(JsonPath report, long response, String kind) {
        List<Map<String, Object>> flags = report.getList("flags");
        return flags.stream().filter(f -> ((Number) f.get("response")).longValue() == response && kind.equals(f.get("flag")))
                .findFirst().orElseThrow();
    }

    /** response.excluded_by as stored, with excluded_at set alongside; null when the response counts. */
    private String excludedBy(long response) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("select excluded_at, excluded_by from response where id = ?")) {
            select.setLong(1, response);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                assertEquals(row.getTimestamp(1) == null, row.getString(2) == null, "excluded_at and excluded_by go together");
                return row.getString(2);
            }
        }
    }

    @Test
    void onlyAdminsAndTheOwningLeadSeeFlagsOrExclude() throws SQLException {
        Scenario s = scenario();
        String exclusion = s.study().path() + "/responses/" + s.hurried() + "/exclusion";
        Map<String, String> body = Map.of("reason", "probeersel");
        StudyFixture.fieldworker().get(s.study().path() + "/quality").then().statusCode(403);
        StudyFixture.fieldworker().contentType(ContentType.JSON).body(body).put(exclusion).then().statusCode(403);
        StudyFixture.anotherLead().get(s.study().path() + "/quality").then().statusCode(404);
        StudyFixture.anotherLead().contentType(ContentType.JSON).body(body).put(exclusion).then().statusCode(404);
        StudyFixture.anotherLead().delete(exclusion).then().statusCode(404);
        SignedIn.asAdmin().get(s.study().path() + "/quality").then().statusCode(200);
        given().get(s.study().path() + "/quality").then().statusCode(401);

        // a response of another study, through this lead's other study: not found there
        String other = s.study().lead().contentType(ContentType.JSON).body(Map.of("name", "Ander onderzoek",
                "organisation", "Gemeente", "questionnaire", "thuis-in-de-stad", "start", "2026-12-01", "end", "2026-12-21"))
                .post("/api/studies").then().statusCode(201).extract().path("id");
        s.study().lead().contentType(ContentType.JSON).body(body)
                .put("/api/studies/" + other + "/responses/" + s.hurried() + "/exclusion").then().statusCode(404);
        s.study().lead().contentType(ContentType.JSON).body(body).put(s.study().path() + "/responses/999999999/exclusion")
                .then().statusCode(404);
        assertNull(excludedBy(s.hurried()));
    }

    @Test
    void theStaffPageListsFlagsAndExcludesWithItsFormToken() throws SQLException {
        Scenario s = scenario();
        String page = "/studies/" + s.study().id() + "/quality";
        var lead = SignedIn.as(s.study().leadName(), StudyFixture.PASSWORD);
        Document study = Jsoup.parse(lead.get("/studies/" + s.study().id()).then().statusCode(200).extract().asString());
        assertNotNull(study.selectFirst("a[href=" + page + "]"), "the study page links to it");

        var shown = lead.get(page).then().statusCode(200).extract();
        Document html = Jsoup.parse(shown.asString());
        String token = shown.cookie("stemmen-form");
        String row = "#response-" + s.hurried();
        assertTrue(html.selectFirst(row).text().contains("completed in 2.0 min"), html.selectFirst(row).text());
        assertNull(html.selectFirst("#response-" + s.careful()), "an unflagged response is not listed");
        var form = html.selectFirst(row + " form");
        assertEquals(page + "/" + s.hurried() + "/exclude", form.attr("action"));

        // without the form's token (another site posting it) nothing happens
        given().auth().preemptive().basic(s.study().leadName(), StudyFixture.PASSWORD).redirects().follow(false)
                .formParam("reason", "x").post(form.attr("action")).then().statusCode(403);
        assertNull(excludedBy(s.hurried()));

        var excluded = SignedIn.as(s.study().leadName(), StudyFixture.PASSWORD).redirects().follow(false).cookie("stemmen-form", token)
                .formParam("form_token", form.selectFirst("[name=form_token]").val())
                .formParam("reason", form.selectFirst("[name=reason]").val()).post(form.attr("action"));
        assertEquals(303, excluded.statusCode());
        assertEquals(s.study().leadName(), excludedBy(s.hurried()));
        Document after = Jsoup.parse(SignedIn.as(s.study().leadName(), StudyFixture.PASSWORD).cookie("stemmen-form", token)
                .get(URI.create(excluded.header("Location")).getRawPath() + "?excluded=" + s.hurried())
                .then().statusCode(200).extract().asString());
        assertTrue(after.selectFirst("[role=status]").text().contains("Antwoord " + s.hurried() + " uitgesloten"));
        var include = after.selectFirst(row + " form");
        assertEquals(page + "/" + s.hurried() + "/include", include.attr("action"));
        SignedIn.as(s.study().leadName(), StudyFixture.PASSWORD).redirects().follow(false).cookie("stemmen-form", token)
                .formParam("form_token", include.selectFirst("[name=form_token]").val()).post(include.attr("action"))
                .then().statusCode(303);
        assertNull(excludedBy(s.hurried()));
        StudyFixture.fieldworker().get(page).then().statusCode(403);
        StudyFixture.anotherLead().get(page).then().statusCode(404);
    }
}
