package nl.stemmen.export;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

import nl.stemmen.questionnaire.flow.AnswerStatus;

/**
 * Reads a study's responses for an export in bounded memory, however many there are: four cursors
 * ordered by response id (the responses, their flags, their people's frame attributes, their
 * answers) are merged one response at a time, so only one response is ever held. Test responses
 * are never read. PostgreSQL streams a result only in a transaction with a fetch size: the caller
 * hands over a connection with auto-commit off.
 */
final class ResponseReader {

    /** Rows fetched per round trip: large enough to stream quickly, small enough to hold. */
    private static final int FETCH_SIZE = 2000;

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private ResponseReader() {
    }

    /**
     * Hands every response of the study to {@code sink}.
     *
     * @param of which responses
     * @param weights a response's post-stratification weight by its id; null where it has none
     * @return how many responses were handed over
     */
    static long read(Connection connection, ResponseSelection of, LongFunction<Double> weights,
            StudyExports.ResponseSink sink)
            throws SQLException, IOException {
        try (PreparedStatement responseQuery = cursor(connection, "select r.id, r.channel, r.mode, r.language, r.started_at, "
                + "r.completed_at, r.status, r.excluded_at from response r" + of.where() + " order by r.id", of);
                PreparedStatement flagQuery = cursor(connection, "select f.response_id, f.flag from response_flag f "
                        + "join response r on r.id = f.response_id" + of.where() + " order by f.response_id, f.flag", of);
                PreparedStatement frameQuery = cursor(connection, "select i.response_id, a.attribute, a.attribute_value "
                        + "from invitation i join response r on r.id = i.response_id "
                        + "join frame_attribute a on a.person_id = i.person_id" + of.where() + " order by i.response_id", of);
                PreparedStatement answerQuery = cursor(connection, "select a.response_id, a.variable, a.item, a.status, "
                        + "a.text_value, a.number_value, a.date_value, a.missing from answer a "
                        + "join response r on r.id = a.response_id" + of.where() + " order by a.response_id, a.variable, a.item", of);
                ResultSet responses = responseQuery.executeQuery();
                Following flags = new Following(flagQuery.executeQuery());
                Following frame = new Following(frameQuery.executeQuery());
                Following answers = new Following(answerQuery.executeQuery())) {
            long count = 0;
            while (responses.next()) {
                long id = responses.getLong(1);
                List<String> flagNames = new ArrayList<>();
                flags.each(id, row -> flagNames.add(row.getString(2)));
                Map<String, String> attributes = new HashMap<>();
                frame.each(id, row -> attributes.put(row.getString(2), row.getString(3)));
                Map<String, List<AnswerRow>> byVariable = new LinkedHashMap<>();
                answers.each(id, row -> byVariable.computeIfAbsent(row.getString(2), v -> new ArrayList<>())
                        .add(new AnswerRow(row.getShort(3), AnswerStatus.ofCode(row.getString(4)), row.getString(5),
                                row.getBigDecimal(6), row.getObject(7, LocalDate.class), row.getBoolean(8))));
                sink.accept(new ExportedResponse(id, lower(responses.getString(2)), lower(responses.getString(3)),
                        responses.getString(4), responses.getObject(5, OffsetDateTime.class),
                        responses.getObject(6, OffsetDateTime.class), lower(responses.getString(7)),
                        responses.getObject(8, OffsetDateTime.class) != null, flagNames, weights.apply(id), attributes,
                        byVariable));
                count++;
            }
            return count;
        }
    }

    private static PreparedStatement cursor(Connection connection, String sql, ResponseSelection of) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(FETCH_SIZE);
        of.bind(statement);
        return statement;
    }

    private static String lower(String code) {
        return code == null ? null : code.toLowerCase(Locale.ROOT);
    }

    /** The rows of one cursor that belong to the response being read; column 1 is the response id. */
    private static final class Following implements AutoCloseable {

        private final ResultSet rows;
        private boolean more;

        Following(ResultSet rows) throws SQLException {
            this.rows = rows;
            this.more = rows.next();
        }

        /** Hands each row of response {@code id} to {@code reader}, passing over rows of earlier responses. */
        void each(long id, RowReader reader) throws SQLException {
            while (more && rows.getLong(1) < id) {
                more = rows.next();
            }
            while (more && rows.getLong(1) == id) {
                reader.read(rows);
                more = rows.next();
            }
        }

        @Override
        public void close() throws SQLException {
            rows.close();
        }
    }
}
