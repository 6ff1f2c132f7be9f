package nl.stemmen.export;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Which responses an export holds, as SQL: a where clause on {@code response r} and the values of its
 * {@code ?} parameters, in order (the study's id first). Every export query appends the clause and binds the values.
 *
 * @param where      {@code " where r.study_id = ? and …"}
 * @param parameters the values of its parameters
 */
record ResponseSelection(String where, List<String> parameters) {

    /** Sets the parameters on {@code statement}, from index 1; the clause is the query's only parameters. */
    void bind(PreparedStatement statement) throws SQLException {
        bind(statement, parameters);
    }

    /** Sets {@code values} on {@code statement} as its string parameters, from index 1. */
    static void bind(PreparedStatement statement, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setString(i + 1, values.get(i));
        }
    }
}
