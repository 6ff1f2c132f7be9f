package nl.stemmen.fieldwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.stemmen.respond.RespondentSession;
import nl.stemmen.study.StudyFixture;

/**
 * Respondents without a frame row (a flyer's, an unbound batch code's) count in the subgroup cell their
 * own answers give (design §4): the monitor shows them beside invited ones, "unknown" for an answer that
 * is no category, and places them again when the study's dimensions change.
 */
@QuarkusTest
class CellsByAnswersTest {

    private static JsonPath monitor(StudyFixture study) {
        return study.lead().get(study.path() + "/monitor").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aFlyerRespondentCountsInTheCellOfTheirAnswer() {
        StudyFixture study = StudyFixture.create();
        String code = Flyers.flyer(study.lead(), study.id(), Map.of("label", "Station"));
        Flyers.finish(code, Map.of("geslacht", "vrouw"));
        Flyers.finish(code, Map.of("geslacht", "x"));
        Flyers.finish(code, Map.of("geslacht", "zeg_niet"));
        Flyers.start(code, "nl"); // opened, nothing answered yet: every dimension unknown

        JsonPath monitor = monitor(study);
        assertEquals(3, monitor.getInt("completed"));
        assertEquals(4, monitor.getInt("opened"));
        assertEquals(1, monitor.getInt("dimensions.gender.vrouw.completed"));
        assertEquals(0, monitor.getInt("dimensions.gender.man.completed"), "the first choice, man, was never chosen");
        assertEquals(1, monitor.getInt("dimensions.gender.x.completed"));
        assertEquals(1, monitor.getInt("dimensions.gender.unknown.completed"), "'rather not say' is no category");
        assertEquals(2, monitor.getInt("dimensions.gender.unknown.opened"), "and the one still at the start");
        assertEquals(3, monitor.getInt("dimensions.age_band.unknown.completed"), "a dimension without a question: unknown");

        // fewer categories: x is no category any more, and its respondent moves to unknown
        Map<String, Object> changed = new HashMap<>(StudyFixture.MAASTRICHT);
        changed.put("dimensions", List.of(Map.of("name", "gender", "question", "geslacht", "categories", List.of("man", "vrouw"))));
        study.lead().contentType(ContentType.JSON).body(changed).put(study.path()).then().statusCode(200);
        JsonPath after = monitor(study);
        assertEquals(List.of("man", "vrouw", "unknown"), List.copyOf(after.getMap("dimensions.gender").keySet()));
        assertEquals(1, after.getInt("dimensions.gender.vrouw.completed"));
        assertEquals(2, after.getInt("dimensions.gender.unknown.completed"));
        assertNull(after.get("dimensions.age_band"));
    }

    @Test
    void anUnboundBatchCodeCountsInTheCellOfItsAnswers() throws IOException {
        StudyFixture study = StudyFixture.create();
        String csv = study.lead().contentType(ContentType.JSON).body(Map.of("count", 1)).post(study.path() + "/batches")
                .then().statusCode(201).extract().asString();
        String link = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords().get(0).get("link");
        RespondentSession.arriving(URI.create(link).getPath() + "?lang=nl").finish(Map.of("geslacht", "vrouw"));
        JsonPath monitor = monitor(study);
        assertEquals(1, monitor.getInt("dimensions.gender.vrouw.completed"));
        assertEquals(0, monitor.getInt("dimensions.gender.unknown.completed"));
    }

    @Test
    void twoFlyerResponsesWithTheSameAnswersAreFlaggedAsDuplicates() {
        StudyFixture study = StudyFixture.create();
        String code = Flyers.flyer(study.lead(), study.id(), Map.of("label", "Markt"));
        String first = Flyers.token(Flyers.finish(code, Map.of("geslacht", "vrouw")).path());
        String second = Flyers.token(Flyers.finish(code, Map.of("geslacht", "vrouw")).path());
        assertFalse(first.equals(second));
        JsonPath quality = study.lead().get(study.path() + "/quality").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> flags = quality.getList("flags");
        List<Map<String, Object>> duplicates = flags.stream().filter(f -> "duplicate".equals(f.get("flag"))).toList();
        assertEquals(1, duplicates.size(), "the later of the two: " + flags);
        String detail = (String) duplicates.get(0).get("detail");
        assertNotNull(detail);
        assertTrue(detail.startsWith("same answers as response "), detail);
    }
}
