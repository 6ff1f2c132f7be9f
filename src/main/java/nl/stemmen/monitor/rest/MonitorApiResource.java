package nl.stemmen.monitor.rest;

import org.jboss.resteasy.reactive.RestQuery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.stemmen.access.Role;
import nl.stemmen.access.Staff;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.api.Refusal;
import nl.stemmen.monitor.Monitor;
import nl.stemmen.monitor.MonitorReport;

/**
 * The monitor's figures for scripts (design §7) as JSON, and each figure as CSV; an unknown study,
 * or another lead's, answers 404.
 */
@Path("/api/studies/{id}")
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME, Role.FIELDWORKER_NAME })
public class MonitorApiResource {

    private final Monitor monitor;
    private final SignedInStaff signedIn;

    public MonitorApiResource(Monitor monitor, SignedInStaff signedIn) {
        this.monitor = monitor;
        this.signedIn = signedIn;
    }

    @GET
    @Path("monitor")
    @Produces(MediaType.APPLICATION_JSON)
    public MonitorReport monitor(@PathParam("id") String id) {
        return report(id);
    }

    /** One figure as CSV: {@code ?figure=cells} (the default), {@code channels}, {@code languages} or {@code days}. */
    @GET
    @Path("monitor.csv")
    @Produces({ "text/csv", MediaType.APPLICATION_JSON })
    public Response csv(@PathParam("id") String id, @RestQuery @DefaultValue("cells") String figure) {
        MonitorCsv csv = MonitorCsv.named(figure);
        if (csv == null) {
            return Refusal.badRequest("figure", "one of cells, channels, languages, days");
        }
        return Response.ok(csv.of(report(id)), "text/csv")
                .header("Content-Disposition", "attachment; filename=\"" + csv.fileName(id) + "\"").build();
    }

    private MonitorReport report(String id) {
        Staff staff = signedIn.staff();
        return monitor.report(staff, id).orElseThrow(NotFoundException::new);
    }
}
