package nl.stemmen.monitor.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.stemmen.respond.RespondentSession;
import nl.stemmen.study.StudyFixture;

/**
 * How long the checks take on a large study, measured, not asserted (the suite stays fast: it runs only
 * when asked, {@code ./mvnw test -Dtest=QualityTimingTest -Dquality.timing=true [-Dquality.responses=10000]}).
 * One respondent walks the demo; SQL copies their response n times, one completed every 3 minutes (three
 * weeks for 10,000) taking 5 to 34 minutes, with three in four matrix rows changed at random and gender
 * answered (half man, half woman) so the duplicate check has subgroups to compare. Prints three runs.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "quality.timing", matches = "true")
class QualityTimingTest {

    @Inject
    DataSource database;

    @Test
    void checksOfManyResponses() throws Exception {
        int n = Integer.getInteger("quality.responses", 10_000);
        StudyFixture study = StudyFixture.create();
        study.lead().contentType("text/csv").body("ref,letter_language,gender\nT1,nl,vrouw\n".getBytes(StandardCharsets.UTF_8))
                .post(study.path() + "/frame").then().statusCode(200);
        study.lead().post(study.path() + "/invitations").then().statusCode(201);
        String csv = study.lead().get(study.path() + "/invitations.csv").then().statusCode(200).extract().asString();
        long walked = RespondentSession.arriving(URI.create(csv.split("\n")[1].split(",")[1]).getPath()).finish()
                .stored().getLong("id");
        int rows;
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement copies = connection.prepareStatement("insert into response (access_hash, questionnaire_id, "
                    + "questionnaire_version, language, channel, mode, test, status, current_page, started_at, updated_at, "
                    + "completed_at, study_id, first_saved_at) select 'copy-' || g || '-' || r.id, r.questionnaire_id, "
                    + "r.questionnaire_version, r.language, r.channel, r.mode, false, r.status, r.current_page, "
                    + "now() - g * interval '3 minutes' - (5 + g % 30) * interval '1 minute', now(), now() - g * interval '3 minutes', "
                    + "r.study_id, now() from response r, generate_series(1, ?) g where r.id = ?")) {
                copies.setInt(1, n);
                copies.setLong(2, walked);
                copies.executeUpdate();
            }
            try (PreparedStatement answers = connection.prepareStatement("insert into answer (response_id, variable, item, "
                    + "question_type, status, text_value, number_value, date_value, missing, answered_at) select c.id, a.variable, "
                    + "a.item, a.question_type, a.status, case when a.question_type = 'matrix' and substr(md5(c.id || a.variable), 1, 1) "
                    + ">= '4' then 'weet_niet' else a.text_value end, a.number_value, a.date_value, a.missing, a.answered_at "
                    + "from response c join answer a on a.response_id = ? where c.study_id = ? and c.id <> ?")) {
                answers.setLong(1, walked);
                answers.setString(2, study.id());
                answers.setLong(3, walked);
                rows = answers.executeUpdate();
            }
            try (PreparedStatement gender = connection.prepareStatement("insert into answer (response_id, variable, item, "
                    + "question_type, status, text_value, missing, answered_at) select id, 'geslacht', 0, 'select_one', 'answered', "
                    + "case when id % 2 = 0 then 'man' else 'vrouw' end, false, now() from response where study_id = ? and id <> ?")) {
                gender.setString(1, study.id());
                gender.setLong(2, walked);
                rows += gender.executeUpdate();
            }
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("analyze");
            }
        }
        StringBuilder runs = new StringBuilder();
        for (int run = 1; run <= 3; run++) {
            long began = System.nanoTime();
            JsonPath report = study.lead().get(study.path() + "/quality").then().statusCode(200).extract().jsonPath();
            runs.append(", run ").append(run).append(": ").append((System.nanoTime() - began) / 1_000_000).append(" ms");
            assertEquals(n + 1, report.getInt("responses"));
            if (run == 3) {
                runs.append(", flags ").append(report.getMap("counts"));
            }
        }
        System.out.println("Data quality of " + (n + 1) + " responses (" + rows + " answer rows copied)" + runs);
    }
}
