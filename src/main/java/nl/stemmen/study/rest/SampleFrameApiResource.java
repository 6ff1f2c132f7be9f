package nl.stemmen.study.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.stemmen.access.Role;
import nl.stemmen.access.Staff;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.study.SampleFrameImport;
import nl.stemmen.study.frame.FramePreview;
import nl.stemmen.study.frame.FrameProblem;
import nl.stemmen.study.frame.FrameRefusedException;

/**
 * {@code POST /api/studies/{id}/frame} (design §3, §6): the sample frame as CSV. 200 with what was
 * added, updated and unchanged; 422 with every problem (line, column, reason) and nothing stored.
 * {@code ?preview=true} answers the same without storing anything.
 */
@Path("/api/studies/{id}/frame")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
public class SampleFrameApiResource {

    /** How many refs of people no longer in the file the answer lists (the count is always complete). */
    private static final int MISSING_LISTED = 100;

    private final SampleFrameImport frames;
    private final SignedInStaff signedIn;

    public SampleFrameApiResource(SampleFrameImport frames, SignedInStaff signedIn) {
        this.frames = frames;
        this.signedIn = signedIn;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ImportJson(boolean stored, int added, int updated, int unchanged, int missing,
            @JsonProperty("missing_refs") List<String> missingRefs,
            @JsonProperty("dimensions_not_in_file") List<String> dimensionsNotInFile, FramePreview preview) {
    }

    public record ProblemsJson(List<FrameProblem> problems, int omitted) {
    }

    @POST
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    public Response importFrame(@PathParam("id") String study, @QueryParam("preview") String previewParam, InputStream csv)
            throws IOException {
        Staff staff = signedIn.staff();
        // any value but false, 0 or no asks for a preview: a typo must never store a file meant to be looked at
        boolean preview = previewParam != null && !previewParam.matches("(?i)false|0|no");
        try {
            SampleFrameImport.Result result = frames.importFrame(staff, study, csv, preview).orElseThrow(NotFoundException::new);
            List<String> missing = result.missing();
            return Response.ok(new ImportJson(!preview, result.added(), result.updated(), result.unchanged(), missing.size(),
                    new ArrayList<>(missing.subList(0, Math.min(MISSING_LISTED, missing.size()))),
                    result.dimensionsNotInFile(), result.preview())).build();
        } catch (FrameRefusedException e) {
            return Response.status(422).entity(new ProblemsJson(e.problems(), e.omitted())).build();
        }
    }
}
