package nl.stemmen.fieldwork.rest;

import java.net.URI;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.stemmen.access.Role;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.api.Refusal;
import nl.stemmen.fieldwork.OpenStart;

/**
 * Assisted mode (issue 16): a signed-in fieldworker or lead starts a response for someone beside them, on
 * their own device; it records who helped. Refused (409) when the study switched assisted mode off.
 */
@Path("/api/studies/{id}/assisted")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME, Role.FIELDWORKER_NAME })
public class AssistedApiResource {

    private final OpenStart start;
    private final SignedInStaff signedIn;

    public AssistedApiResource(OpenStart start, SignedInStaff signedIn) {
        this.start = start;
        this.signedIn = signedIn;
    }

    /** The body: the respondent's language (one of the study's) and optionally the flyer it counts for. */
    public record Request(String language, String flyer) {
    }

    /** The response to open on this device: its whole address. */
    public record Started(String link) {
    }

    /**
     * 201 {"link"} with the response's address; 400 for a language the study does not offer; 409 when
     * assisted mode is off or the flyer closed; 404 for a study (or flyer) the caller has no part in.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@PathParam("id") String study, Request request, @Context UriInfo uri) {
        Request r = request == null ? new Request(null, null) : request;
        OpenStart.Assisted outcome = start.assisted(signedIn.staff(), study, Optional.ofNullable(r.flyer()), r.language());
        if (outcome instanceof OpenStart.Assisted.Started started) {
            URI link = uri.getBaseUriBuilder().path("r").path(started.token()).build();
            return Response.created(link).entity(new Started(link.toString())).build();
        }
        if (outcome instanceof OpenStart.Assisted.Refused refused) {
            return "language".equals(refused.problem().field()) ? Refusal.badRequest(refused.problem().field(), refused.problem().reason())
                    : Refusal.conflict(refused.problem());
        }
        throw new NotFoundException();
    }
}
