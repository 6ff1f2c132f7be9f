package nl.stemmen.monitor.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.stemmen.access.Role;
import nl.stemmen.access.Staff;
import nl.stemmen.monitor.Monitor;
import nl.stemmen.monitor.MonitorReport;

/** The monitor's figures for scripts (design §7); an unknown study, or another lead's, answers 404. */
@Path("/api/studies/{id}/monitor")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME, Role.FIELDWORKER_NAME })
public class MonitorApiResource {

    private final Monitor monitor;
    private final SecurityIdentity identity;

    public MonitorApiResource(Monitor monitor, SecurityIdentity identity) {
        this.monitor = monitor;
        this.identity = identity;
    }

    @GET
    public MonitorReport monitor(@PathParam("id") String id) {
        Staff staff = Staff.of(identity).orElseThrow(ForbiddenException::new);
        return monitor.report(staff, id).orElseThrow(NotFoundException::new);
    }
}
