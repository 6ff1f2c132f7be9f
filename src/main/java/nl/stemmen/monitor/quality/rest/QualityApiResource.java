package nl.stemmen.monitor.quality.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.stemmen.access.Role;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.api.UnreadableJsonMapper;
import nl.stemmen.monitor.quality.DataQuality;
import nl.stemmen.monitor.quality.Exclusions;
import nl.stemmen.monitor.quality.QualityReport;

/**
 * Data quality through the API (docs/data-quality.md): {@code GET /api/studies/{id}/quality} runs the
 * checks and gives every flag; {@code PUT} and {@code DELETE} on
 * {@code /api/studies/{id}/responses/{response}/exclusion} exclude a response or take that back.
 * Admins and the study's lead; fieldworkers 403 (flags are about answers); another lead's study 404.
 */
@Path("/api/studies/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
public class QualityApiResource {

    private final DataQuality quality;
    private final Exclusions exclusions;
    private final SignedInStaff signedIn;

    public QualityApiResource(DataQuality quality, Exclusions exclusions, SignedInStaff signedIn) {
        this.quality = quality;
        this.exclusions = exclusions;
        this.signedIn = signedIn;
    }

    /** @param reason why, in one line (it is logged with the staff member's name) */
    public record ExclusionRequest(String reason) {
    }

    /** The checks run now over the study's non-test responses; their flags replace the stored ones. */
    @GET
    @Path("quality")
    public QualityReport quality(@PathParam("id") String study) {
        return quality.check(signedIn.staff(), study).orElseThrow(NotFoundException::new);
    }

    /** 200 {"response", "excluded_at", "excluded_by"}, or 422 {"problems": [{"field": "reason", "reason"}]}. */
    @PUT
    @Path("responses/{response}/exclusion")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response exclude(@PathParam("id") String study, @PathParam("response") long response, ExclusionRequest request) {
        Exclusions.Outcome outcome = exclusions.exclude(signedIn.staff(), study, response, request == null ? null : request.reason())
                .orElseThrow(NotFoundException::new);
        if (outcome instanceof Exclusions.Outcome.Refused refused) {
            return Response.status(422).entity(new UnreadableJsonMapper.ProblemsJson(
                    List.of(new UnreadableJsonMapper.Problem("reason", refused.reason())))).build();
        }
        return Response.ok(((Exclusions.Outcome.Excluded) outcome).exclusion()).build();
    }

    /** 204: the response counts again (also when it was not excluded). */
    @DELETE
    @Path("responses/{response}/exclusion")
    public Response include(@PathParam("id") String study, @PathParam("response") long response) {
        exclusions.include(signedIn.staff(), study, response).orElseThrow(NotFoundException::new);
        return Response.noContent().build();
    }

}
