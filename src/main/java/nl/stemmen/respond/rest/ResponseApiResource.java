package nl.stemmen.respond.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.stemmen.access.Role;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.respond.Response;
import nl.stemmen.respond.ResponsesForStaff;

/**
 * A response's answers as JSON, one entry per stored row, for the helpdesk, tests and checks:
 * admins only ({@link ResponsesForStaff} says why). Leads get 404, fieldworkers 403.
 */
@Path("/api/responses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
public class ResponseApiResource {

    private final ResponsesForStaff responses;
    private final SignedInStaff signedIn;

    public ResponseApiResource(ResponsesForStaff responses, SignedInStaff signedIn) {
        this.responses = responses;
        this.signedIn = signedIn;
    }

    public record AnswerJson(String variable, int item, String type, String status, String text, BigDecimal number,
            LocalDate date, boolean missing) {
    }

    public record ResponseJson(long id, String questionnaire, int version, String study, String language, String channel,
            String mode, boolean test, String status, String currentPage, OffsetDateTime startedAt,
            OffsetDateTime completedAt, List<AnswerJson> answers) {
    }

    @GET
    @Path("{id}")
    public ResponseJson byId(@PathParam("id") long id) {
        return json(responses.byId(signedIn.staff(), id));
    }

    /** The same, found by the link a respondent holds (helpdesk, tests). */
    @GET
    @Path("link/{token}")
    public ResponseJson byLink(@PathParam("token") String token) {
        return json(responses.byLink(signedIn.staff(), token));
    }


    private static ResponseJson json(Optional<ResponsesForStaff.Read> found) {
        ResponsesForStaff.Read read = found.orElseThrow(NotFoundException::new);
        Response r = read.response();
        List<AnswerJson> answers = read.answers().stream()
                .map(a -> new AnswerJson(a.variable, a.item, a.questionType, a.status, a.textValue,
                        a.number(), a.dateValue, a.missing))
                .toList();
        return new ResponseJson(r.id, r.questionnaireId, r.questionnaireVersion, r.studyId, r.language,
                r.channel.name().toLowerCase(), r.mode.name().toLowerCase(), r.test, r.status.name().toLowerCase(),
                r.currentPage, r.startedAt, r.completedAt, answers);
    }
}
