package nl.stemmen.monitor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.stemmen.respond.RespondentSession;
import nl.stemmen.study.StudyFixture;

/**
 * Answers by subgroup through {@code /api/studies/{id}/crosstab}: counts per choice and category
 * with totals, a small cell and its complements hidden so the shown totals do not give them back;
 * the category from the frame, else from the answer to the dimension's question, else unknown.
 */
@QuarkusTest
class CrosstabTest {

    private static final Map<String, String> HIDDEN = Map.of("suppressed", "primary");
    private static final Map<String, String> COMPLEMENT = Map.of("suppressed", "complementary");

    /**
     * How they came (status) by gender, minimum 2:
     * <pre>
     *                man  vrouw   total
     * asiel            2      2       4     (one vrouw by her answer: the frame has no gender for C7)
     * gezinsmigrant    1      2       3
     * total            3      4       7
     * </pre>
     * The 1 is small; subtracting from its row (3) or column (3) would give it back, so the other
     * three cells go too and the totals stay. Age band, a dimension without a question: C6 and C7
     * have none in the frame, so they are unknown.
     */
    private static final String FRAME = """
            ref,letter_language,gender,age_band
            C1,nl,man,18_29
            C2,nl,man,18_29
            C3,nl,man,30_39
            C4,nl,vrouw,30_39
            C5,nl,vrouw,30_39
            C6,nl,vrouw,
            C7,nl,,
            """;

    private static SurveyedStudy surveyed;

    private static synchronized SurveyedStudy surveyed() {
        if (surveyed == null) {
            surveyed = SurveyedStudy.create(2, FRAME);
            Map<String, String> status = Map.of("C1", "asiel", "C2", "asiel", "C3", "gezinsmigrant", "C4", "asiel",
                    "C5", "gezinsmigrant", "C6", "gezinsmigrant");
            status.forEach((ref, answer) -> surveyed.respondent(ref).next("status", answer, "leeftijd", "30_39"));
            surveyed.respondent("C7").next("status", "asiel", "geslacht", "vrouw", "leeftijd", "30_39");
        }
        return surveyed;
    }

    private static JsonPath crosstab(String question, String by) {
        return surveyed().lead().get(surveyed().path() + "/crosstab?question=" + question + "&by=" + by)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aSmallCellAndItsComplementsAreHiddenAndTheTotalsDoNotGiveThemBack() {
        JsonPath table = crosstab("status", "gender");
        assertEquals(List.of("man", "vrouw", "x", "unknown"), table.getList("categories"), "declared categories, then unknown");
        assertEquals(List.of("asiel", "gezinsmigrant", "anders", "zeg_niet"), table.getList("rows.choice"));
        assertEquals(2, table.getInt("minimum_cell"));

        assertEquals(HIDDEN, table.getMap("rows[1].counts.man"));
        assertEquals(COMPLEMENT, table.getMap("rows[1].counts.vrouw"));
        assertEquals(COMPLEMENT, table.getMap("rows[0].counts.man"));
        assertEquals(COMPLEMENT, table.getMap("rows[0].counts.vrouw"));
        assertEquals(0, table.getInt("rows[0].counts.x"), "zeros are shown: they hold nobody");
        assertEquals(4, table.getInt("rows[0].total"));
        assertEquals(3, table.getInt("rows[1].total"));
        assertEquals(Map.of("man", 3, "vrouw", 4, "x", 0, "unknown", 0), table.getMap("totals.counts"));
        assertEquals(7, table.getInt("totals.total"));
        assertTrue(table.getBoolean("rows[3].missing"), "'rather not say' is marked as a missing-coded choice");

        // what a reader can do with the shown figures: each row and column keeps two unknowns
        long[][] counts = { { 2, 2, 0, 0 }, { 1, 2, 0, 0 }, { 0, 0, 0, 0 }, { 0, 0, 0, 0 } };
        SuppressedTable same = CellSuppression.suppress(counts, 4, 2);
        assertEquals(List.of(), new Attacker(same).byLinearAlgebra());
        assertEquals(Map.of(), new Attacker(same).bySubtraction());
        assertEquals("primary", same.cell(1, 0).suppressed().code(), "the API hid what CellSuppression hides");
    }

    @Test
    void withoutAFrameValueTheAnswerCountsElseTheRespondentIsUnknown() {
        JsonPath byAge = crosstab("status", "age_band");
        assertEquals(List.of("18_29", "30_39", "unknown"), byAge.getList("categories"), "the frame's values, then unknown");
        assertEquals(2, byAge.getInt("totals.counts.unknown"), "C6 and C7 have no age band");
        assertEquals(2, byAge.getInt("rows[0].counts.18_29"));

        // C7 has no gender in the frame and answered vrouw: she counts there (4 women), nobody is unknown
        JsonPath byGender = crosstab("status", "gender");
        assertEquals(4, byGender.getInt("totals.counts.vrouw"));
        assertEquals(0, byGender.getInt("totals.counts.unknown"));
    }

    /**
     * Respondents without a frame row (a flyer's) are in the category their answer gives, as in the monitor's
     * cells: without declared categories any choice not marked missing is one, also beside the frame's values.
     */
    @Test
    void aRespondentWithoutAFrameRowIsInTheCategoryTheMonitorCountsThemIn() {
        Map<String, Object> definition = new HashMap<>(StudyFixture.MAASTRICHT);
        definition.put("dimensions", List.of(Map.of("name", "gender", "question", "geslacht")));
        SurveyedStudy study = SurveyedStudy.create(definition, 1, "ref,letter_language,gender\nD1,nl,man\nD2,nl,vrouw\n");
        study.respondent("D1").finish();
        study.respondent("D2").finish();
        String flyer = study.lead().contentType(ContentType.JSON).body(Map.of("label", "Markt")).post(study.path() + "/flyers")
                .then().statusCode(201).extract().path("code");
        RespondentSession.arriving("/f/" + flyer + "?lang=nl").finish(Map.of("geslacht", "x"));
        RespondentSession.arriving("/f/" + flyer + "?lang=nl").finish(Map.of("geslacht", "zeg_niet"));

        JsonPath table = study.lead().get(study.path() + "/crosstab?question=status&by=gender").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("man", "vrouw", "x", "unknown"), table.getList("categories"), "x is a choice, not in the frame");
        assertEquals(Map.of("man", 1, "vrouw", 1, "x", 1, "unknown", 1), table.getMap("totals.counts"),
                "'rather not say' is marked missing: unknown");
        JsonPath monitor = study.lead().get(study.path() + "/monitor").then().statusCode(200).extract().jsonPath();
        assertEquals(1, monitor.getInt("dimensions.gender.x.completed"));
        assertEquals(1, monitor.getInt("dimensions.gender.unknown.completed"));
    }

    @Test
    void aQuestionOrDimensionThatIsNoneIsRefusedWithProblems() {
        String path = surveyed().path() + "/crosstab";
        JsonPath both = surveyed().lead().get(path + "?question=nope&by=religion").then().statusCode(400).extract().jsonPath();
        assertEquals(List.of("question", "by"), both.getList("problems.field"));
        assertTrue(both.getString("problems[0].reason").contains("no variable 'nope'"));
        assertTrue(both.getString("problems[1].reason").contains("gender, age_band, country_of_birth"));
        JsonPath text = surveyed().lead().get(path + "?question=geboorteland_anders&by=gender").then().statusCode(400)
                .extract().jsonPath();
        assertTrue(text.getString("problems[0].reason").contains("single-choice"), text.prettify());
        assertEquals(List.of("question", "by"), surveyed().lead().get(path).then().statusCode(400).extract()
                .jsonPath().getList("problems.field"));
        surveyed().lead().get(path + "?question=nl_kunnen_praten&by=gender").then().statusCode(200);
    }
}
