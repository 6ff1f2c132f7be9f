package nl.stemmen.monitor.rest;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jboss.resteasy.reactive.RestQuery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import nl.stemmen.access.Role;
import nl.stemmen.access.Staff;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.api.Refusal;
import nl.stemmen.monitor.Weights;
import nl.stemmen.monitor.weighting.Raking;

/**
 * Post-stratification weights (docs/api.md): {@code GET /api/studies/{id}/weights} reports how the
 * raking went, {@code weights.csv} gives {@code response,weight}. {@code ?by=gender,age_band} chooses
 * the dimensions (default all), {@code ?trim=0.2,5} the bounds as multiples of the mean weight
 * ({@code none}: untrimmed). Bad options answer 400 with the problem.
 */
@Path("/api/studies/{id}")
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME, Role.FIELDWORKER_NAME })
public class WeightsApiResource {

    private final Weights weights;
    private final SignedInStaff signedIn;

    public WeightsApiResource(Weights weights, SignedInStaff signedIn) {
        this.weights = weights;
        this.signedIn = signedIn;
    }

    @GET
    @Path("weights")
    @Produces(MediaType.APPLICATION_JSON)
    public Response report(@PathParam("id") String id, @RestQuery String by, @RestQuery String trim) {
        return weigh(id, by, trim, weighted -> Response.ok(weighted.report()).build());
    }

    @GET
    @Path("weights.csv")
    @Produces({ "text/csv", MediaType.APPLICATION_JSON })
    public Response csv(@PathParam("id") String id, @RestQuery String by, @RestQuery String trim) {
        return weigh(id, by, trim, weighted -> {
            StreamingOutput body = out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader("response", "weight")
                        .setRecordSeparator("\n").get())) {
                    for (int i = 0; i < weighted.weights().length; i++) {
                        printer.printRecord(weighted.responses()[i], weighted.weights()[i]);
                    }
                }
            };
            return Response.ok(body, "text/csv")
                    .header("Content-Disposition", "attachment; filename=\"weights-" + id + ".csv\"").build();
        });
    }

    private Response weigh(String id, String by, String trim, java.util.function.Function<Weights.Weighted, Response> answer) {
        Staff staff = signedIn.staff();
        Raking.Options options;
        try {
            options = trimming(trim);
        } catch (IllegalArgumentException e) {
            return Refusal.badRequest("trim", e.getMessage());
        }
        List<String> dimensions = by == null || by.isBlank() ? List.of()
                : Arrays.stream(by.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        try {
            return answer.apply(weights.weigh(staff, id, dimensions, options).orElseThrow(NotFoundException::new));
        } catch (IllegalArgumentException e) {
            return Refusal.badRequest("by", e.getMessage());
        }
    }

    /** "0.2,5" → those bounds; "none" → untrimmed; absent → the default bounds. */
    private static Raking.Options trimming(String trim) {
        if (trim == null || trim.isBlank()) {
            return Raking.Options.DEFAULT;
        }
        if (trim.strip().equalsIgnoreCase("none")) {
            return Raking.Options.DEFAULT.trimmedTo(null, null);
        }
        String[] bounds = trim.split(",");
        if (bounds.length != 2) {
            throw new IllegalArgumentException("two bounds, lower and upper, as multiples of the mean weight: trim=0.2,5; or none");
        }
        try {
            return Raking.Options.DEFAULT.trimmedTo(Double.valueOf(bounds[0].strip()), Double.valueOf(bounds[1].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bounds are numbers with a decimal point: trim=0.2,5");
        }
    }
}
