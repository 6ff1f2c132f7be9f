package nl.stemmen.mailing.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.stemmen.access.Role;
import nl.stemmen.access.Staff;
import nl.stemmen.mailing.email.EmailSending;

/**
 * E-mail addresses that bounced, as the lead learns of them (bounce messages in the study's mailbox):
 * {@code POST {"refs": [...], "emails": [...]}} → {@code 200 {"marked", "unknown"}}.
 */
@Path("/api/studies/{id}/bounces")
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
public class BounceApiResource {

    private final EmailSending sending;
    private final SecurityIdentity identity;

    public BounceApiResource(EmailSending sending, SecurityIdentity identity) {
        this.sending = sending;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public EmailSending.Marked mark(@PathParam("id") String study, EmailSending.Bounces bounces) {
        Staff staff = Staff.of(identity).orElseThrow(ForbiddenException::new);
        return sending.markBounced(staff, study, bounces == null ? new EmailSending.Bounces(null, null) : bounces)
                .orElseThrow(NotFoundException::new);
    }
}
