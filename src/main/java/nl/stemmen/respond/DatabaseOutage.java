package nl.stemmen.respond;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a database that cannot be reached (down, restarting, network gone, no free connection)
 * from other failures, so that respondents get "not saved yet, try again" rather than an error.
 */
public final class DatabaseOutage {

    /** Seconds a client is asked to wait before trying again; the connection pool recovers within about two. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {
    }

    /**
     * True when {@code failure} or one of its causes says the database is unreachable: SQLState class
     * 08 (connection exception), 57P (PostgreSQL shutting down or starting), or the pool timing out.
     */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && unreachable(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unreachable(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            return state.startsWith("08") || state.startsWith("57P");
        }
        // Agroal says so only in words when no connection could be had in time
        return e.getMessage() != null && e.getMessage().contains("Acquisition timeout");
    }
}
