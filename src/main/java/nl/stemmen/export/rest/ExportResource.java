package nl.stemmen.export.rest;

import java.util.function.Function;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import nl.stemmen.api.UnreadableJsonMapper.ProblemsJson;
import nl.stemmen.export.Codebook;
import nl.stemmen.export.ExportOptions;
import nl.stemmen.export.StudyExports;
import nl.stemmen.study.Studies;

/**
 * A study's data for analysis (design §6), for its lead and admins; fieldworkers 403, anyone else 404.
 * Never a test response. {@code export.csv} ({@code ?labels=<language>}, {@code ?excluded=leave_out}),
 * {@code export.sav} and {@code codebook} (printable HTML), both with {@code ?language=} and {@code ?excluded=}. A query that does not fit
 * answers 400 {"problems": [{"field", "reason"}]}. Codes: docs/export-codes.md.
 */
@Path("/api/studies/{id}")
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
public class ExportResource {

    /** SPSS system files' media type as PSPP and most servers name it. */
    static final String SAV = "application/x-spss-sav";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance codebook(Codebook book);
    }

    private final StudyExports exports;
    private final Studies studies;
    private final SignedInStaff signedIn;

    public ExportResource(StudyExports exports, Studies studies, SignedInStaff signedIn) {
        this.exports = exports;
        this.studies = studies;
        this.signedIn = signedIn;
    }

    /** One line per response: response columns, frame attributes, one column per variable (export-codes.md). */
    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") String id, @RestQuery String labels, @RestQuery String excluded,
            @RestQuery String questionnaire) {
        return answer(id, ExportOptions.csv(labels, excluded, questionnaire), export -> Response.ok(ExportCsv.of(exports, export), "text/csv")
                .header("Content-Disposition", "attachment; filename=\"" + id + ".csv\""));
    }

    /** The same as an SPSS system file: variable and value labels, missing codes declared user-missing. */
    @GET
    @Path("export.sav")
    @Produces(SAV)
    public Response sav(@PathParam("id") String id, @RestQuery String language, @RestQuery String excluded,
            @RestQuery String questionnaire) {
        return answer(id, ExportOptions.described(language, excluded, questionnaire), export -> Response.ok(ExportSav.of(exports, export), SAV)
                .header("Content-Disposition", "attachment; filename=\"" + id + ".sav\""));
    }

    /** Every column with its question, routing condition, codes and N, to print beside the data. */
    @GET
    @Path("codebook")
    @Produces(MediaType.TEXT_HTML)
    public Response codebook(@PathParam("id") String id, @RestQuery String language, @RestQuery String excluded,
            @RestQuery String questionnaire) {
        return answer(id, ExportOptions.described(language, excluded, questionnaire),
                export -> Response.ok(Templates.codebook(exports.codebook(export)), MediaType.TEXT_HTML_TYPE));
    }

    /** 404 for a study the caller may not see (before the query is looked at), 400 for a query that does not fit. */
    private Response answer(String id, ExportOptions.Parsed parsed, Function<StudyExports.Export, Response.ResponseBuilder> answer) {
        Staff staff = signedIn.staff();
        if (parsed.options().isEmpty()) {
            studies.find(staff, id).orElseThrow(NotFoundException::new);
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(new ProblemsJson(parsed.problems())).build();
        }
        StudyExports.Export export;
        try {
            export = exports.prepare(staff, id, parsed.options().get()).orElseThrow(NotFoundException::new);
        } catch (StudyExports.QueryRefused e) {
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(new ProblemsJson(e.problems())).build();
        }
        // answers about people: never kept in a cache on the way
        return answer.apply(export).header("Cache-Control", "no-store").build();
    }
}
