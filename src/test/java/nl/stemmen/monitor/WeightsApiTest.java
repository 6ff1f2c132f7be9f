package nl.stemmen.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import nl.stemmen.respond.RespondentSession;
import nl.stemmen.study.StudyFixture;

/** Raking weights of the completes to the frame's margins, as a lead asks for them through the API. */
@QuarkusTest
class WeightsApiTest {

    private static final String FRAME = """
            ref,gender
            W1,vrouw
            W2,vrouw
            W3,vrouw
            W4,vrouw
            M1,man
            M2,man
            M3,man
            M4,man
            """;

    @Test
    void threeWomenAndOneManWeighUpToFourOfEach() throws IOException {
        String leadName = StudyFixture.account("lead");
        String study = lead(leadName).contentType(ContentType.JSON).body(Map.of("name", "Gewogen", "organisation", "Gemeente Ede",
                "questionnaire", "thuis-in-de-stad", "start", "2026-12-01", "end", "2026-12-21", "languages", List.of("nl"),
                "dimensions", List.of(Map.of("name", "gender"))))
                .post("/api/studies").then().statusCode(201).extract().path("id");
        lead(leadName).contentType("text/csv").body(FRAME.getBytes(StandardCharsets.UTF_8))
                .post("/api/studies/" + study + "/frame").then().statusCode(200);
        lead(leadName).post("/api/studies/" + study + "/invitations").then().statusCode(201);
        Map<String, String> links = records(lead(leadName).get("/api/studies/" + study + "/invitations.csv").asString()).stream()
                .collect(Collectors.toMap(r -> r.get("ref"), r -> URI.create(r.get("link")).getPath()));

        JsonPath none = lead(leadName).get("/api/studies/" + study + "/weights").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("no completed responses to weight yet"), none.getList("problems"));

        for (String ref : List.of("W1", "W2", "W3", "M1")) {
            RespondentSession.arriving(links.get(ref)).finish();
        }
        JsonPath report = lead(leadName).get("/api/studies/" + study + "/weights").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("gender"), report.getList("dimensions"));
        assertEquals(4, report.getInt("respondents"));
        assertTrue(report.getBoolean("converged"));
        assertEquals(0, report.getInt("trimmed"), "weights 4/3 and 4 lie within 0.2 and 5 times the mean weight 2");
        // Kish: weights 4/3, 4/3, 4/3, 4 have mean 2 and variance 4/3: 1 + (4/3)/4 = 1.3333
        assertEquals(1.3333, report.getDouble("design_effect"), 1e-4);

        List<CSVRecord> weights = records(lead(leadName).get("/api/studies/" + study + "/weights.csv").then().statusCode(200)
                .contentType("text/csv").extract().asString());
        assertEquals(4, weights.size());
        double[] values = weights.stream().mapToDouble(r -> Double.parseDouble(r.get("weight"))).sorted().toArray();
        assertEquals(4 / 3.0, values[0], 1e-9);
        assertEquals(4.0, values[3], 1e-9);

        List<CSVRecord> export = records(lead(leadName).get("/api/studies/" + study + "/export.csv").then().statusCode(200)
                .extract().asString());
        assertEquals(List.of("1.333333", "1.333333", "1.333333", "4.000000"),
                export.stream().map(r -> r.get("response_weight")).sorted().toList(), "the export carries the weights");

        JsonPath trimmed = lead(leadName).get("/api/studies/" + study + "/weights?trim=0.5,1.5").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1, trimmed.getInt("trimmed"), "the man's weight 4 is above 1.5 times the mean");
        assertFalse(trimmed.getBoolean("converged"), "held at the bound, his margin cannot be met");

        lead(leadName).get("/api/studies/" + study + "/weights?by=age_band").then().statusCode(400)
                .body("problems[0].field", org.hamcrest.Matchers.equalTo("by"));
        lead(leadName).get("/api/studies/" + study + "/weights?trim=big").then().statusCode(400)
                .body("problems[0].field", org.hamcrest.Matchers.equalTo("trim"));
        StudyFixture.anotherLead().get("/api/studies/" + study + "/weights").then().statusCode(404);
    }

    /** A fresh request each time: REST Assured keeps query parameters on a specification. */
    private static RequestSpecification lead(String name) {
        return StudyFixture.as(name);
    }

    private static List<CSVRecord> records(String csv) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    }
}
