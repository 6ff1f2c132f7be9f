package nl.stemmen.monitor.analysis.rest;

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
import nl.stemmen.monitor.analysis.QuestionShares;
import nl.stemmen.study.Studies;

/**
 * {@code /studies/<id>/questions}: per question a table with a line per language, so a research lead
 * sees during fieldwork which question or translation people do not understand or skip; and the same
 * as CSV for a browser signed in on the pages. Admins and the owning lead; fieldworkers 403.
 */
@Path("/studies/{id}")
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
public class QuestionsPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance questions(Studies.Saved study, QuestionShares.Report report);
    }

    private final QuestionShares questions;
    private final Studies studies;
    private final SignedInStaff signedIn;

    public QuestionsPageResource(QuestionShares questions, Studies studies, SignedInStaff signedIn) {
        this.questions = questions;
        this.studies = studies;
        this.signedIn = signedIn;
    }

    @GET
    @Path("questions")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("id") String id) {
        Staff staff = signedIn.staff();
        return Templates.questions(studies.find(staff, id).orElseThrow(NotFoundException::new),
                questions.report(staff, id).orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("questions.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") String id) {
        return QuestionSharesCsv.download(questions.report(signedIn.staff(), id).orElseThrow(NotFoundException::new));
    }

}
