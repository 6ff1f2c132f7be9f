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
import nl.stemmen.monitor.Monitor;
import nl.stemmen.monitor.view.MonitorPage;

/**
 * The dashboard page {@code /studies/<id>/monitor}: the study's figures now, readable on a phone
 * without JavaScript, each figure explained in a sentence and downloadable as CSV.
 */
@Path("/studies/{id}/monitor")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
public class MonitorPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance monitor(String studyId, String studyName, MonitorPage page);
    }

    private final Monitor monitor;
    private final SignedInStaff signedIn;

    public MonitorPageResource(Monitor monitor, SignedInStaff signedIn) {
        this.monitor = monitor;
        this.signedIn = signedIn;
    }

    @GET
    public TemplateInstance show(@PathParam("id") String id) {
        Staff staff = signedIn.staff();
        Monitor.Named named = monitor.named(staff, id).orElseThrow(NotFoundException::new);
        return Templates.monitor(id, named.studyName(), MonitorPage.of(named.report()));
    }
}
