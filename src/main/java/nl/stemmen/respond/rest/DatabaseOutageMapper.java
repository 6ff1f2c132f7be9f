package nl.stemmen.respond.rest;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import nl.stemmen.respond.DatabaseOutage;

/**
 * Any page or API call that fails because the database is unreachable answers 503 with
 * Retry-After and a page in the visitor's language, instead of a generic error. A page submit
 * is handled where it happens ({@link RespondResource}), so that what was typed comes back.
 */
public class DatabaseOutageMapper {

    private static final Logger LOG = Logger.getLogger(DatabaseOutageMapper.class);

    private final NoticePage pages;

    public DatabaseOutageMapper(NoticePage pages) {
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response databaseUnreachable(PersistenceException e) {
        if (!DatabaseOutage.causedBy(e)) {
            LOG.error("Database failure", e);
            return Response.serverError().build();
        }
        LOG.warnf("Database unreachable: %s", e.getMessage());
        return pages.databaseUnreachable();
    }
}
