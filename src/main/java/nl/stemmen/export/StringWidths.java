package nl.stemmen.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The width a .sav gives each string column: the widest value the export holds, in bytes of UTF-8,
 * for text answers, frame values and calculates that are not all numbers (the plan's widths are what could be typed: 8000 bytes for 2000
 * characters, which would make every case large). Measured in the export's own snapshot, so no value
 * read afterwards is wider.
 */
final class StringWidths {

    /** "-1", "-2", "-3": a text column holds at least a missing code. */
    private static final int CODE_BYTES = 2;
    /** The apostrophe before a text that starts like a formula. */
    private static final int INERT_BYTES = 1;
    /** A calculated number as text: 15 digits, a point, 6 decimals and a minus sign; a date takes fewer. */
    private static final int NUMBER_BYTES = 23;

    private StringWidths() {
    }

    /**
     * The export's variables in column order, text and frame columns at their measured widths.
     *
     * @param of which responses
     */
    static List<Variable> measure(Connection connection, ResponseSelection of, List<ExportColumn> columns)
            throws SQLException {
        Map<String, Integer> text = widest(connection, "select a.variable, max(octet_length(a.text_value)) from answer a "
                + "join response r on r.id = a.response_id" + of.where() + " and a.question_type = 'text' group by a.variable", of);
        Map<String, Integer> frame = widest(connection, "select a.attribute, max(octet_length(a.attribute_value)) "
                + "from invitation i join response r on r.id = i.response_id join frame_attribute a on a.person_id = i.person_id"
                + of.where() + " group by a.attribute", of);
        Map<String, Integer> calculated = widest(connection, "select a.variable, case when count(a.number_value) = count(*)"
                + " then 0 else greatest(coalesce(max(octet_length(a.text_value)), 0) + " + INERT_BYTES + ", "
                + NUMBER_BYTES + ") end from answer a join response r on r.id = a.response_id" + of.where()
                + " and a.question_type = 'calculate' and a.status = 'answered' group by a.variable", of);
        return columns.stream().map(column -> {
            if (column instanceof CalculatedColumn c) {
                int width = calculated.getOrDefault(c.answerVariable(), 0);
                return width == 0 ? c.asNumbers() : c.variable().withWidth(width);
            }
            if (column instanceof TextColumn t) {
                return column.variable().withWidth(Math.max(CODE_BYTES, text.getOrDefault(t.answerVariable(), 0) + INERT_BYTES));
            }
            if (column instanceof FrameColumn f) {
                return column.variable().withWidth(frame.getOrDefault(f.attribute(), 0) + INERT_BYTES);
            }
            return column.variable();
        }).toList();
    }

    private static Map<String, Integer> widest(Connection connection, String sql, ResponseSelection of) throws SQLException {
        Map<String, Integer> widths = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            of.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    widths.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return widths;
    }
}
