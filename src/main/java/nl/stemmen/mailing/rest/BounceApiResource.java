package nl.stemmen.mailing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.stemmen.access.Role;
import nl.stemmen.access.Staff;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.mailing.email.EmailSending;

/**
 * E-mail addresses that bounced, as the lead learns of them (bounce messages in the study's mailbox):
 * {@code POST {"refs": [...], "emails": [...]}} → {@code 200 {"marked", "unknown"}}.
 */
@Path("/api/studies/{id}/bounces")
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
public class BounceApiResource {

    private final EmailSending sending;
    private final SignedInStaff signedIn;

    public BounceApiResource(EmailSending sending, SignedInStaff signedIn) {
        this.sending = sending;
        this.signedIn = signedIn;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public EmailSending.Marked mark(@PathParam("id") String study, EmailSending.Bounces bounces) {
        Staff staff = signedIn.staff();
        return sending.markBounced(staff, study, bounces == null ? new EmailSending.Bounces(null, null) : bounces)
                .orElseThrow(NotFoundException::new);
    }
}
