package nl.stemmen.monitor.rest;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import nl.stemmen.access.Role;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.api.Refusal;
import nl.stemmen.api.SpreadsheetCells;
import nl.stemmen.monitor.NonResponders;
import nl.stemmen.monitor.Outreach;

/**
 * Outreach for lagging cells: {@code GET /api/studies/{id}/outreach} (the ranked proposals),
 * {@code GET /api/studies/{id}/nonresponders.csv?gender=vrouw&age_band=18_29} (the refs of a cell's
 * invited people who have not completed nor withdrawn, for a reminder wave or the mailing
 * organisation); the page is {@link OutreachPageResource}.
 */
@Path("/api/studies/{id}")
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
public class OutreachApiResource {

    private final Outreach outreach;
    private final NonResponders nonResponders;
    private final SignedInStaff signedIn;

    public OutreachApiResource(Outreach outreach, NonResponders nonResponders, SignedInStaff signedIn) {
        this.outreach = outreach;
        this.nonResponders = nonResponders;
        this.signedIn = signedIn;
    }

    @GET
    @Path("outreach")
    @Produces(MediaType.APPLICATION_JSON)
    public Outreach.Plan plan(@PathParam("id") String id) {
        return outreach.plan(signedIn.staff(), id).orElseThrow(NotFoundException::new);
    }

    /** Every query parameter is a dimension and the category wanted; none: all non-responders of the study. */
    @GET
    @Path("nonresponders.csv")
    @Produces({ "text/csv", MediaType.APPLICATION_JSON })
    public Response nonResponders(@PathParam("id") String id, @Context UriInfo uri) {
        Map<String, List<String>> cell = uri.getQueryParameters();
        NonResponders.Outcome outcome = nonResponders.refs(signedIn.staff(), id, cell).orElseThrow(NotFoundException::new);
        if (!outcome.problems().isEmpty()) {
            return Refusal.badRequest(outcome.problems());
        }
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader("ref")
                    .setRecordSeparator("\n").get())) {
                for (String ref : outcome.refs()) {
                    printer.printRecord(SpreadsheetCells.inert(ref));
                }
            }
        };
        return Response.ok(body, "text/csv").header("Content-Disposition", "attachment; filename=\"nonresponders-" + id + ".csv\"")
                .header("Cache-Control", "no-store").build();
    }

}
