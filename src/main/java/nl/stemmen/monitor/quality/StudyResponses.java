package nl.stemmen.monitor.quality;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import nl.stemmen.study.StudyDefinition;

/**
 * A study's non-test responses with their answers, read in three queries (responses, answer rows,
 * frame values of the dimensions), for the checks to judge in memory.
 *
 * @param dimensionQuestions the study's dimensions that name a question, in the study's order
 */
record StudyResponses(List<StudyDefinition.Dimension> dimensionQuestions, List<CheckedResponse> responses) {

    /** Closed question types as the answer table names them. */
    private static final Set<String> CLOSED = Set.of("select_one", "select_multiple", "matrix");

    /**
     * Reads every non-test response of {@code study}.
     *
     * @param shapes the shape of a questionnaire version by id and version
     */
    static StudyResponses read(Connection connection, String study, List<StudyDefinition.Dimension> dimensionQuestions,
            BiFunction<String, Integer, QuestionnaireShape> shapes) throws SQLException {
        Map<Long, Reading> readings = new LinkedHashMap<>();
        Map<String, QuestionnaireShape> shapesByVersion = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select id, questionnaire_id, questionnaire_version, "
                + "started_at, completed_at from response where study_id = ? and not test order by id")) {
            select.setString(1, study);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String questionnaire = rows.getString(2);
                    int version = rows.getInt(3);
                    QuestionnaireShape shape = shapesByVersion.computeIfAbsent(questionnaire + "/" + version,
                            k -> shapes.apply(questionnaire, version));
                    readings.put(rows.getLong(1), new Reading(shape, instant(rows, 4), instant(rows, 5)));
                }
            }
        }
        // one String per variable and choice name, not one per row: 10,000 responses hold half a million rows
        Map<String, String> names = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select a.response_id, a.variable, a.question_type, "
                + "a.status, a.text_value from answer a join response r on r.id = a.response_id "
                + "where r.study_id = ? and not r.test")) {
            select.setString(1, study);
            select.setFetchSize(5000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Reading reading = readings.get(rows.getLong(1));
                    if (reading == null) {
                        continue; // a response started since the first query: the next run sees it whole
                    }
                    String variable = names.computeIfAbsent(rows.getString(2), v -> v);
                    reading.variables.add(variable);
                    if (CLOSED.contains(rows.getString(3)) && "answered".equals(rows.getString(4))) {
                        reading.choices.computeIfAbsent(variable, v -> new ArrayList<>())
                                .add(names.computeIfAbsent(rows.getString(5), v -> v));
                    }
                }
            }
        }
        if (!dimensionQuestions.isEmpty()) {
            readFrameValues(connection, study, dimensionQuestions, readings);
        }
        List<CheckedResponse> responses = new ArrayList<>(readings.size());
        readings.forEach((id, r) -> responses.add(r.response(id)));
        return new StudyResponses(dimensionQuestions, responses);
    }

    private static void readFrameValues(Connection connection, String study, List<StudyDefinition.Dimension> dimensions,
            Map<Long, Reading> readings) throws SQLException {
        String placeholders = String.join(", ", Collections.nCopies(dimensions.size(), "?"));
        try (PreparedStatement select = connection.prepareStatement("select i.response_id, f.attribute, f.attribute_value "
                + "from invitation i join frame_attribute f on f.person_id = i.person_id "
                + "where i.study_id = ? and i.response_id is not null and f.attribute in (" + placeholders + ")")) {
            select.setString(1, study);
            for (int i = 0; i < dimensions.size(); i++) {
                select.setString(i + 2, dimensions.get(i).name());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Reading reading = readings.get(rows.getLong(1));
                    if (reading != null) {
                        reading.frameValues.put(rows.getString(2), rows.getString(3));
                    }
                }
            }
        }
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    /** A response while its rows are read. */
    private static final class Reading {
        final QuestionnaireShape shape;
        final Instant startedAt;
        final Instant completedAt;
        final Set<String> variables = new HashSet<>();
        final Map<String, List<String>> choices = new HashMap<>();
        final Map<String, String> frameValues = new HashMap<>();

        Reading(QuestionnaireShape shape, Instant startedAt, Instant completedAt) {
            this.shape = shape;
            this.startedAt = startedAt;
            this.completedAt = completedAt;
        }

        CheckedResponse response(long id) {
            Map<String, String> closed = new HashMap<>();
            choices.forEach((variable, chosen) -> closed.put(variable,
                    chosen.size() == 1 ? chosen.get(0) : String.join(" ", chosen.stream().sorted().toList())));
            return new CheckedResponse(id, shape, startedAt, completedAt, closed, variables, frameValues);
        }
    }
}
