package nl.stemmen.respond.rest;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.stemmen.api.UnreadableJsonMapper.Problem;
import nl.stemmen.api.UnreadableJsonMapper.ProblemsJson;
import nl.stemmen.respond.DatabaseOutage;

/**
 * Any page or API call that fails because the database is unreachable answers 503 with
 * Retry-After and a page in the visitor's language, instead of a generic error. A page submit
 * is handled where it happens ({@link RespondResource}), so that what was typed comes back.
 * Other database errors are no outage and are not logged as one: text the database cannot store
 * (SQLState 22021, such as a NUL character that slipped past the checks at the edge) can only come
 * from what was sent, so it answers 400 {@code {"problems": [{"reason"}]}}; any other refusal is
 * our fault, a 500 logged with its SQLState.
 */
public class DatabaseOutageMapper {

    private static final Logger LOG = Logger.getLogger(DatabaseOutageMapper.class);
    /** PostgreSQL's character_not_in_repertoire, its "invalid byte sequence for encoding UTF8: 0x00". */
    private static final String UNSTORABLE_TEXT = "22021";

    private final NoticePage pages;

    public DatabaseOutageMapper(NoticePage pages) {
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response databaseUnreachable(PersistenceException e) {
        if (DatabaseOutage.causedBy(e)) {
            LOG.warnf("Database unreachable: %s", e.getMessage());
            return pages.databaseUnreachable();
        }
        Optional<String> state = sqlState(e);
        if (state.filter(UNSTORABLE_TEXT::equals).isPresent()) {
            LOG.warnf("Text the database cannot store was sent (SQLState %s): %s", UNSTORABLE_TEXT, e.getMessage());
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(new ProblemsJson(List.of(new Problem(null,
                    "text may not contain the NUL character (\\u0000) or other bytes that are no UTF-8")))).build();
        }
        LOG.errorf(e, "Database refused a statement (SQLState %s); the database is reachable", state.orElse("unknown"));
        return Response.serverError().build();
    }

    /** The SQLState of the first SQL error among the causes of {@code failure}. */
    private static Optional<String> sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }
}
