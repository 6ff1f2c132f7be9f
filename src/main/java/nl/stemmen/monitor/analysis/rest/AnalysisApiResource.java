package nl.stemmen.monitor.analysis.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.stemmen.access.Role;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.monitor.analysis.Crosstabs;
import nl.stemmen.monitor.analysis.QuestionShares;

/**
 * Breakdowns of answers through the API (docs/api.md): per question and language, and cross-tabs by
 * subgroup, both suppressed at the study's {@code minimum_cell}. Answers, so admins and the owning
 * lead only: fieldworkers 403, another lead's study 404.
 */
@Path("/api/studies/{id}")
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
public class AnalysisApiResource {

    private final QuestionShares questions;
    private final Crosstabs crosstabs;
    private final SignedInStaff signedIn;

    public AnalysisApiResource(QuestionShares questions, Crosstabs crosstabs, SignedInStaff signedIn) {
        this.questions = questions;
        this.crosstabs = crosstabs;
        this.signedIn = signedIn;
    }

    public record ProblemsJson(List<Crosstabs.Problem> problems) {
    }

    @GET
    @Path("questions")
    @Produces(MediaType.APPLICATION_JSON)
    public QuestionShares.Report questions(@PathParam("id") String study) {
        return questions.report(signedIn.staff(), study).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("questions.csv")
    @Produces("text/csv")
    public Response questionsCsv(@PathParam("id") String study) {
        return QuestionSharesCsv.download(questions(study));
    }

    /** 200 with the cross-tab; 400 with the problems when the question or the dimension is not one. */
    @GET
    @Path("crosstab")
    @Produces(MediaType.APPLICATION_JSON)
    public Response crosstab(@PathParam("id") String study, @QueryParam("question") String question, @QueryParam("by") String by) {
        Crosstabs.Outcome outcome = crosstabs.crosstab(signedIn.staff(), study, question, by).orElseThrow(NotFoundException::new);
        return outcome.table().map(table -> Response.ok(table).build())
                .orElseGet(() -> Response.status(400).entity(new ProblemsJson(outcome.problems())).build());
    }

}
