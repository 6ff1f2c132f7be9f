package nl.stemmen.monitor.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.stemmen.respond.RespondentSession;
import nl.stemmen.study.StudyFixture;

/**
 * A lead's study of the demo questionnaire ({@link StudyFixture#MAASTRICHT}: dimensions gender with
 * question geslacht, age_band and country_of_birth) with its frame imported and invitations made, as
 * a lead does through the API; respondents arrive at their personal links.
 */
record SurveyedStudy(String id, String leadName, Map<String, String> links) {

    static SurveyedStudy create(int minimumCell, String frame) {
        return create(StudyFixture.MAASTRICHT, minimumCell, frame);
    }

    /** As {@link #create(int, String)}, for a study of {@code study} (a definition as {@code POST /api/studies} takes it). */
    static SurveyedStudy create(Map<String, Object> study, int minimumCell, String frame) {
        String lead = StudyFixture.account("lead");
        Map<String, Object> definition = new HashMap<>(study);
        definition.put("minimum_cell", minimumCell);
        String id = StudyFixture.as(lead).contentType(ContentType.JSON).body(definition).post("/api/studies")
                .then().statusCode(201).extract().path("id");
        StudyFixture.as(lead).contentType("text/csv").body(frame.getBytes(StandardCharsets.UTF_8))
                .post("/api/studies/" + id + "/frame").then().statusCode(200);
        StudyFixture.as(lead).post("/api/studies/" + id + "/invitations").then().statusCode(201);
        String csv = StudyFixture.as(lead).get("/api/studies/" + id + "/invitations.csv").then().statusCode(200).extract().asString();
        try {
            Map<String, String> links = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv)).getRecords().stream()
                    .collect(Collectors.toMap(r -> r.get("ref"), (CSVRecord r) -> URI.create(r.get("link")).getPath()));
            return new SurveyedStudy(id, lead, links);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The person of frame row {@code ref}, on the first page of their response. */
    RespondentSession respondent(String ref) {
        return RespondentSession.arriving(links.get(ref));
    }

    RequestSpecification lead() {
        return StudyFixture.as(leadName);
    }

    /** Replaces the study's definition with the same one but this minimum cell size. */
    void minimumCell(int minimum) {
        Map<String, Object> definition = new HashMap<>(StudyFixture.MAASTRICHT);
        definition.put("minimum_cell", minimum);
        lead().contentType(ContentType.JSON).body(definition).put(path()).then().statusCode(200);
    }

    String path() {
        return "/api/studies/" + id;
    }
}
