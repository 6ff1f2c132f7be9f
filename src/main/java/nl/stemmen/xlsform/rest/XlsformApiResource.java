package nl.stemmen.xlsform.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.stemmen.access.Role;
import nl.stemmen.xlsform.SheetProblem;
import nl.stemmen.xlsform.XlsformImport;
import nl.stemmen.xlsform.XlsformResult;

/**
 * XLSForm through the API, for people who do not keep questionnaires in git (docs/xlsform.md): a workbook converted
 * to the questionnaire file and its PO files (a served questionnaire as a workbook: {@link FormXlsxResource}).
 * Admins and leads.
 */
@Path("/api/xlsform")
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
public class XlsformApiResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final XlsformImport importer = new XlsformImport();

    /** A converted workbook: the questionnaire file's text, PO texts by language code, what was left out. */
    public record ConvertedJson(String id, String yaml, Map<String, String> translations, List<SheetProblem> warnings) {
    }

    /** A workbook that cannot be used: every problem with sheet, row (as shown, 1-based) and column; the warnings too. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ProblemsJson(List<SheetProblem> problems, List<SheetProblem> warnings) {
    }

    /**
     * Converts an XLSForm workbook (the request body, .xlsx or .xls, at most {@link XlsformImport#MAX_BYTES}).
     *
     * @param name the workbook's file name, whose name becomes the id when its settings sheet has no form_id
     * @return 200 {@link ConvertedJson}, or 422 {@link ProblemsJson}; nothing is stored either way
     */
    @POST
    @Path("convert")
    @Consumes({ XLSX, "application/vnd.ms-excel", MediaType.APPLICATION_OCTET_STREAM })
    @Produces(MediaType.APPLICATION_JSON)
    public Response convert(@QueryParam("name") String name, InputStream body) throws IOException {
        byte[] workbook = body.readNBytes(XlsformImport.MAX_BYTES + 1);
        XlsformResult result = importer.convert(workbook, name);
        if (!result.ok()) {
            return Response.status(422).entity(new ProblemsJson(result.problems(), result.warnings())).build();
        }
        return Response.ok(new ConvertedJson(result.id(), result.yaml(), result.translations(), result.warnings()))
                .build();
    }
}
