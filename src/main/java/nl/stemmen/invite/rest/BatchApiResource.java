package nl.stemmen.invite.rest;

import java.io.InputStream;
import java.io.IOException;
import java.net.URI;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.stemmen.access.Role;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.api.UnreadableJsonMapper.ProblemsJson;
import nl.stemmen.invite.BatchAttributes;
import nl.stemmen.invite.Batches;
import nl.stemmen.study.rest.SampleFrameApiResource;
import nl.stemmen.study.frame.FrameRefusedException;

/**
 * Batches of unbound links and codes for a mailing organisation (issue 15, design §6): make one, list
 * them, take a batch's codes again as CSV or as QR images, and the codes not completed for a reminder.
 */
@Path("/api/studies/{id}/batches")
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
public class BatchApiResource {

    private final Batches batches;
    private final BatchAttributes attributes;
    private final SignedInStaff signedIn;

    public BatchApiResource(Batches batches, BatchAttributes attributes, SignedInStaff signedIn) {
        this.batches = batches;
        this.attributes = attributes;
        this.signedIn = signedIn;
    }

    /**
     * Binds the batch to its mailing organisation's attribute file ({@code code,ref,<subgroup columns>} as CSV):
     * 200 {"added", "updated", "unchanged"}, or 422 {"problems": [{"line", "column", "reason"}]} with nothing stored.
     */
    @POST
    @Path("{batch}/attributes")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    @Produces(MediaType.APPLICATION_JSON)
    public Response bind(@PathParam("id") String study, @PathParam("batch") long batch, InputStream csv) throws IOException {
        try {
            return Response.ok(attributes.bind(signedIn.staff(), study, batch, csv).orElseThrow(NotFoundException::new)).build();
        } catch (FrameRefusedException e) {
            return Response.status(422).entity(new SampleFrameApiResource.ProblemsJson(e.problems(), e.omitted())).build();
        }
    }

    /** The body of a new batch: how many links and codes. */
    public record Request(Integer count) {
    }

    /**
     * 201 with the new batch's {@code link,code} CSV (the default), or its listing as JSON when the
     * request accepts {@code application/json} before {@code text/csv}; Location names its codes.csv.
     * 422 {"problems"} for a count outside 1 to 100,000.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({ "text/csv", MediaType.APPLICATION_JSON })
    public Response create(@PathParam("id") String study, Request request, @Context UriInfo uri, @Context HttpHeaders headers) {
        Batches.Outcome outcome = batches.create(signedIn.staff(), study, request == null ? null : request.count(),
                uri.getBaseUri().toString()).orElseThrow(NotFoundException::new);
        if (outcome.made().isEmpty()) {
            return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE).entity(new ProblemsJson(outcome.problems())).build();
        }
        Batches.Made made = outcome.made().get();
        String name = "batch-" + study + "-" + made.batch().id();
        Response.ResponseBuilder created = Response.created(URI.create("/api/studies/" + study + "/batches/" + made.batch().id()
                + "/codes.csv"));
        if (wantsJson(headers)) {
            return created.type(MediaType.APPLICATION_JSON_TYPE).entity(made.batch()).build();
        }
        return BatchFiles.csv(created, made.codes(), name).build();
    }

    /** The study's batches, oldest first: {@code [{"id", "count", "created_at", "created_by"}]}. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Batches.Batch> list(@PathParam("id") String study) {
        return batches.list(signedIn.staff(), study).orElseThrow(NotFoundException::new);
    }

    /** The batch's {@code link,code} CSV again: the same links and codes as when it was made. */
    @GET
    @Path("{batch}/codes.csv")
    @Produces("text/csv")
    public Response codes(@PathParam("id") String study, @PathParam("batch") long batch, @Context UriInfo uri) {
        return BatchFiles.csv(Response.ok(), codes(study, batch, uri, Batches.Download.CODES), "batch-" + study + "-" + batch).build();
    }

    /** A ZIP of one QR image per code, {@code <code>.png}, each encoding the whole personal link. */
    @GET
    @Path("{batch}/qr.zip")
    @Produces("application/zip")
    public Response qr(@PathParam("id") String study, @PathParam("batch") long batch, @Context UriInfo uri) {
        return BatchFiles.qrZip(codes(study, batch, uri, Batches.Download.QR), "batch-" + study + "-" + batch + "-qr");
    }

    /** {@code link,code} of the batch's invitations not completed and not withdrawn: the reminder letter's list. */
    @GET
    @Path("{batch}/not-completed.csv")
    @Produces("text/csv")
    public Response notCompleted(@PathParam("id") String study, @PathParam("batch") long batch, @Context UriInfo uri) {
        return BatchFiles.csv(Response.ok(), codes(study, batch, uri, Batches.Download.NOT_COMPLETED),
                "batch-" + study + "-" + batch + "-not-completed").build();
    }

    private List<Batches.Code> codes(String study, long batch, UriInfo uri, Batches.Download download) {
        return batches.codes(signedIn.staff(), study, batch, uri.getBaseUri().toString(), download).orElseThrow(NotFoundException::new);
    }

    /** JSON only when asked for before CSV; no Accept, or any wildcard, gets the CSV the design names. */
    private static boolean wantsJson(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.valueOf("text/csv"))) {
                return false;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return true;
            }
        }
        return false;
    }

}
