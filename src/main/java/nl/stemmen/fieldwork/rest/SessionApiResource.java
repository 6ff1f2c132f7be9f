package nl.stemmen.fieldwork.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import nl.stemmen.fieldwork.OpenLinkKind;
import nl.stemmen.fieldwork.OpenLinks;

/**
 * A study's group sessions through the API (issue 16): a code that people in one room open on their own
 * phones at {@code /g/<code>}; its staff page {@code /studies/<id>/sessions/<code>} shows it large with a QR.
 */
@Path("/api/studies/{id}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
public class SessionApiResource {

    private final OpenLinks links;
    private final SignedInStaff signedIn;

    public SessionApiResource(OpenLinks links, SignedInStaff signedIn) {
        this.links = links;
        this.signedIn = signedIn;
    }

    /** A new session's body: what it is, e.g. "Taalcafé 12 december". */
    public record Request(String label) {
    }

    /** 201 {"code", "link"}; 422 {"problems"}; 404 for a study the caller may not see. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("id") String study, Request request, @Context UriInfo uri) {
        return FlyerApiResource.created(links.create(signedIn.staff(), study, OpenLinkKind.SESSION,
                new OpenLinks.Definition(request == null ? null : request.label(), null, null, null, null, null),
                uri.getBaseUri().toString()).orElseThrow(NotFoundException::new), "/api/studies/" + study + "/sessions");
    }

    /** The study's sessions, oldest first, with opens, starts and completes. */
    @GET
    public List<OpenLinks.Listed> list(@PathParam("id") String study, @Context UriInfo uri) {
        return links.list(signedIn.staff(), study, OpenLinkKind.SESSION, uri.getBaseUri().toString())
                .orElseThrow(NotFoundException::new);
    }
}
