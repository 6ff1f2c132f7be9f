package nl.stemmen.invite;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import nl.stemmen.respond.RespondentSession;
import nl.stemmen.study.StudyFixture;

/**
 * A batch bound to its mailing organisation's pseudonymous attribute file (issue 15): its people count in the monitor's
 * cells exactly, its reminder list names the organisation's refs, and a file with contact columns, foreign or repeated
 * codes, or refs the study already has is refused whole with every line.
 */
@QuarkusTest
class BatchAttributesTest {

    private static List<CSVRecord> csv(String text) {
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A batch of six: its id and codes. */
    private record Batch(long id, List<CSVRecord> codes) {
    }

    private static Batch batchOfSix(StudyFixture study) {
        var answer = study.lead().contentType(ContentType.JSON).body(Map.of("count", 6)).post(study.path() + "/batches").then()
                .statusCode(201).extract();
        return new Batch(Long.parseLong(URI.create(answer.header("Location")).getPath().split("/")[5]), csv(answer.asString()));
    }

    /** DUO's file as Excel writes it: byte-order mark, semicolons; D1, D3, D5 women. */
    private static String attributeFile(Batch batch) {
        StringBuilder file = new StringBuilder("\uFEFFref;code;gender;age_band\r\n");
        for (int i = 0; i < 6; i++) {
            file.append("D").append(i + 1).append(';').append(batch.codes().get(i).get("code")).append(';')
                    .append(i % 2 == 0 ? "vrouw" : "man").append(";18_29\r\n");
        }
        return file.toString();
    }

    private static io.restassured.response.Response bind(StudyFixture study, Batch batch, String file) {
        return study.lead().contentType("text/csv").body(file.getBytes(StandardCharsets.UTF_8))
                .post(study.path() + "/batches/" + batch.id() + "/attributes");
    }

    @Test
    void aBoundBatchCountsItsPeopleInTheirCellsAndItsRemindersNameRefs() {
        StudyFixture study = StudyFixture.create();
        Batch batch = batchOfSix(study);
        bind(study, batch, attributeFile(batch)).then().statusCode(200).body("added", equalTo(6));
        bind(study, batch, attributeFile(batch)).then().statusCode(200).body("added", equalTo(0)).body("unchanged", equalTo(6));

        RespondentSession.arriving(URI.create(batch.codes().get(0).get("link")).getPath() + "?lang=nl").finish();
        RespondentSession.arriving(URI.create(batch.codes().get(2).get("link")).getPath() + "?lang=nl").finish();
        JsonPath monitor = study.lead().get(study.path() + "/monitor").then().statusCode(200).extract().jsonPath();
        assertEquals(6, monitor.getInt("population"));
        assertEquals(3, monitor.getInt("dimensions.gender.vrouw.population"));
        assertEquals(2, monitor.getInt("dimensions.gender.vrouw.completed"), "the frame of the batch, not the answers, says who is a woman");
        assertEquals(0, monitor.getInt("dimensions.gender.man.completed"));

        List<CSVRecord> reminders = csv(study.lead().get(study.path() + "/batches/" + batch.id() + "/not-completed.csv").then()
                .statusCode(200).extract().asString());
        assertEquals(List.of("D2", "D4", "D5", "D6"), reminders.stream().map(r -> r.get("ref")).toList());

        // a reminder wave for the lagging women, through the mailing organisation, recorded like any other wave
        JsonPath wave = study.lead().contentType(ContentType.JSON).body(Map.of("channel", "organisation", "reminder", true,
                "cells", Map.of("gender", List.of("vrouw")))).post(study.path() + "/mailings").then().statusCode(201)
                .extract().jsonPath();
        assertEquals(1, wave.getInt("count"));
        assertEquals(0, wave.getInt("skipped"));
        List<CSVRecord> list = csv(study.lead().get(study.path() + "/mailings/" + wave.getInt("id") + "/organisation.csv").then()
                .statusCode(200).extract().asString());
        assertEquals(List.of("D5"), list.stream().map(r -> r.get("ref")).toList());
        assertEquals(batch.codes().get(4).get("code"), list.get(0).get("code"));
        int letters = study.lead().contentType(ContentType.JSON).body(Map.of("channel", "letter", "reminder", true))
                .post(study.path() + "/mailings").then().statusCode(201).body("skipped", equalTo(0)).body("count", equalTo(0))
                .extract().path("id");
        study.lead().get(study.path() + "/mailings/" + letters + "/organisation.csv").then().statusCode(409);
    }

    @Test
    void aFileWithContactColumnsForeignOrRepeatedCodesOrKnownRefsIsRefusedWhole() {
        StudyFixture study = StudyFixture.create();
        Batch batch = batchOfSix(study);
        bind(study, batch, "ref,code,email,gender\nD1," + batch.codes().get(0).get("code") + ",a@example.nl,man\n").then()
                .statusCode(422).body("problems[0].line", equalTo(1)).body("problems[0].column", equalTo("email"));
        bind(study, batch, "ref,gender\nD1,man\n").then().statusCode(422)
                .body("problems[0].reason", org.hamcrest.Matchers.containsString("'code'"));

        Batch other = batchOfSix(study);
        String code = batch.codes().get(0).get("code");
        bind(study, batch, "ref,code,gender\nD1," + code + ",man\nD2," + code.toLowerCase() + ",vrouw\nD3,"
                + other.codes().get(0).get("code") + ",man\nD4,ABCDE-FGH23,man\n").then().statusCode(422)
                .body("problems.line", equalTo(List.of(3, 4, 5)))
                .body("problems[0].reason", org.hamcrest.Matchers.containsString("line 2 too"));
        // lines as an editor numbers them: blank lines and a line break inside quotes count
        bind(study, batch, "\uFEFFref;code;gender\r\n\r\nD1;" + code + ";\"man\r\nof zo\"\r\n\r\nD4;ABCDE-FGH23;man\r\n").then()
                .statusCode(422).body("problems.line", equalTo(List.of(6)));
        String population = study.lead().get(study.path() + "/monitor").then().extract().jsonPath().getString("population");
        org.junit.jupiter.api.Assertions.assertTrue(population == null || population.equals("0"), "nothing was bound: " + population);

        study.lead().contentType("text/csv").body("ref,gender\nF1,man\n".getBytes(StandardCharsets.UTF_8))
                .post(study.path() + "/frame").then().statusCode(200);
        bind(study, batch, "ref,code,gender\nF1," + code + ",man\n").then().statusCode(422)
                .body("problems[0].reason", org.hamcrest.Matchers.containsString("already a person"));
        bind(study, batch, "ref,code,gender\nD1," + code + ",man\n").then().statusCode(200);
        study.lead().contentType("text/csv").body("ref,gender\nF1,man\nD1,man\n".getBytes(StandardCharsets.UTF_8))
                .post(study.path() + "/frame").then().statusCode(422).body("problems.line", hasItem(3));
        StudyFixture.anotherLead().contentType("text/csv").body(attributeFile(batch).getBytes(StandardCharsets.UTF_8))
                .post(study.path() + "/batches/" + batch.id() + "/attributes").then().statusCode(404);
    }

    @Test
    void aCorrectedFileOfTwoThousandUpdatesOnlyThePeopleWhoseAttributesChanged() {
        StudyFixture study = StudyFixture.create();
        var answer = study.lead().contentType(ContentType.JSON).body(Map.of("count", 2000)).post(study.path() + "/batches").then()
                .statusCode(201).extract();
        Batch batch = new Batch(Long.parseLong(URI.create(answer.header("Location")).getPath().split("/")[5]), csv(answer.asString()));
        StringBuilder file = new StringBuilder("ref,code,gender,age_band\n");
        for (int i = 0; i < 2000; i++) {
            file.append("D").append(i).append(',').append(batch.codes().get(i).get("code")).append(',')
                    .append(i % 2 == 0 ? "vrouw" : "man").append(",30_49\n");
        }
        bind(study, batch, file.toString()).then().statusCode(200).body("added", equalTo(2000));
        assertEquals(1000, study.lead().get(study.path() + "/monitor").jsonPath().getInt("dimensions.gender.man.population"));

        // the organisation corrects 250 men to women
        String corrected = file.toString().lines().map(line -> line.startsWith("D") && line.contains(",man,")
                && Integer.parseInt(line.substring(1, line.indexOf(','))) < 500 ? line.replace(",man,", ",vrouw,") : line)
                .reduce((a, b) -> a + "\n" + b).orElseThrow() + "\n";
        bind(study, batch, corrected).then().statusCode(200).body("added", equalTo(0)).body("updated", equalTo(250))
                .body("unchanged", equalTo(1750));
        JsonPath monitor = study.lead().get(study.path() + "/monitor").jsonPath();
        assertEquals(750, monitor.getInt("dimensions.gender.man.population"));
        assertEquals(1250, monitor.getInt("dimensions.gender.vrouw.population"));
        assertEquals(2000, monitor.getInt("dimensions.age_band.30_49.population"), "the other columns of the changed people stay");
    }
}
