package nl.stemmen.monitor.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.stemmen.access.Role;
import nl.stemmen.access.Staff;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.monitor.Outreach;

/** The page {@code /studies/<id>/outreach}: the ranked reminders in plain words, with the non-responder lists. */
@Path("/studies/{id}/outreach")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
public class OutreachPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance outreach(String studyId, Outreach.Plan plan);
    }

    private final Outreach outreach;
    private final SignedInStaff signedIn;

    public OutreachPageResource(Outreach outreach, SignedInStaff signedIn) {
        this.outreach = outreach;
        this.signedIn = signedIn;
    }

    @GET
    public TemplateInstance page(@PathParam("id") String id) {
        Staff staff = signedIn.staff();
        return Templates.outreach(id, outreach.plan(staff, id).orElseThrow(NotFoundException::new));
    }
}
