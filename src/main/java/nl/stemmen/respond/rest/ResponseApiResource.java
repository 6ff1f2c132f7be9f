package nl.stemmen.respond.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.stemmen.access.Role;
import nl.stemmen.respond.LinkToken;
import nl.stemmen.respond.Response;
import nl.stemmen.respond.StoredAnswer;

/**
 * A response's answers as JSON, one entry per stored row, for the helpdesk, tests and checks.
 * Admins only for now: responses belong to no study yet, and fieldworkers never see answers.
 */
@Path("/api/responses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class ResponseApiResource {

    public record AnswerJson(String variable, int item, String type, String status, String text, BigDecimal number,
            LocalDate date, boolean missing) {
    }

    public record ResponseJson(long id, String questionnaire, int version, String language, String channel, String mode,
            boolean test, String status, String currentPage, OffsetDateTime startedAt, OffsetDateTime completedAt,
            List<AnswerJson> answers) {
    }

    @GET
    @Path("{id}")
    @Transactional
    public ResponseJson byId(@PathParam("id") long id) {
        return json(Optional.ofNullable(Response.<Response>findById(id)));
    }

    /** The same, found by the link a respondent holds (helpdesk, tests). */
    @GET
    @Path("link/{token}")
    @Transactional
    public ResponseJson byLink(@PathParam("token") String token) {
        return json(Response.byAccessHash(LinkToken.hash(token)));
    }

    private ResponseJson json(Optional<Response> found) {
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        Response r = found.get();
        List<AnswerJson> answers = StoredAnswer.ofResponse(r.id).stream()
                .map(a -> new AnswerJson(a.variable, a.item, a.questionType, a.status, a.textValue,
                        a.number(), a.dateValue, a.missing))
                .toList();
        return new ResponseJson(r.id, r.questionnaireId, r.questionnaireVersion, r.language, r.channel.name().toLowerCase(),
                r.mode.name().toLowerCase(), r.test, r.status.name().toLowerCase(), r.currentPage, r.startedAt,
                r.completedAt, answers);
    }
}
