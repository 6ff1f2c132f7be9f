package nl.stemmen.study;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Writes many rows with one prepared statement, a thousand at a time: how a 65,000-person frame and
 * its invitations are stored in seconds rather than one round trip per row.
 */
public final class JdbcBatch {

    private static final int SIZE = 1000;

    /** Sets one item's parameters on the statement. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }

    private JdbcBatch() {
    }

    /** Executes {@code statement} for every item, binding each with {@code binder}. */
    public static <T> void execute(PreparedStatement statement, Collection<T> items, Binder<T> binder) throws SQLException {
        int pending = 0;
        for (T item : items) {
            binder.bind(statement, item);
            statement.addBatch();
            if (++pending == SIZE) {
                statement.executeBatch();
                pending = 0;
            }
        }
        if (pending > 0) {
            statement.executeBatch();
        }
    }
}
