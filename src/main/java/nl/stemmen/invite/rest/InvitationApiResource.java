package nl.stemmen.invite.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
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
import nl.stemmen.access.Staff;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.invite.Invitations;

/**
 * Invitations of a study through the API (design §6): create them for the frame, and the mailing
 * file {@code ref,link,code,language,status} for letters or the organisation that mails them.
 */
@Path("/api/studies/{id}")
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
public class InvitationApiResource {

    private final Invitations invitations;
    private final SignedInStaff signedIn;

    public InvitationApiResource(Invitations invitations, SignedInStaff signedIn) {
        this.invitations = invitations;
        this.signedIn = signedIn;
    }

    public record Created(int created) {
    }

    /** 201 {"created": n}: one invitation for every frame person without one. */
    @POST
    @Path("invitations")
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("id") String study) {
        int created = invitations.createForFrame(signedIn.staff(), study).orElseThrow(NotFoundException::new);
        return Response.status(201).entity(new Created(created)).build();
    }

    /** The mailing file as CSV (UTF-8); links use the address Stemmen was reached at (proxy-aware). */
    @GET
    @Path("invitations.csv")
    @Produces("text/csv")
    public Response mailingFile(@PathParam("id") String study, @Context UriInfo uri) {
        Staff staff = signedIn.staff();
        List<Invitations.MailingLine> lines = invitations.mailingFile(staff, study, uri.getBaseUri().toString())
                .orElseThrow(NotFoundException::new);
        return MailingFileCsv.download(staff, study, lines);
    }

}
