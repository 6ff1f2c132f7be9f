package nl.stemmen.fieldwork.rest;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.stemmen.access.Role;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.access.rest.StaffForms;
import nl.stemmen.fieldwork.PaperForms;
import nl.stemmen.language.Language;
import nl.stemmen.study.Studies;

/**
 * The staff page for paper questionnaires ({@code /studies/<id>/paper}, Dutch with English hints): the printable form
 * per language, and a button that starts typing in a returned form in its language (POST, then 303 to the
 * response's pages, where the same routing and checks as on the web apply).
 */
@Path("/studies/{id}/paper")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
@StaffForms
public class PaperPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance paper(Studies.Saved study, List<Language> languages);
    }

    private final Studies studies;
    private final PaperForms paper;
    private final SignedInStaff signedIn;

    public PaperPageResource(Studies studies, PaperForms paper, SignedInStaff signedIn) {
        this.studies = studies;
        this.paper = paper;
        this.signedIn = signedIn;
    }

    /** The page: a PDF link per study language and the form that starts an entry; 404 when not the caller's study. */
    @GET
    public TemplateInstance show(@PathParam("id") String id) {
        Studies.Saved study = studies.find(signedIn.staff(), id).orElseThrow(NotFoundException::new);
        List<Language> languages = study.definition().languages().stream().map(Language::byCode)
                .flatMap(Optional::stream).toList();
        return Templates.paper(study, languages);
    }

    /** The printable form for the staff page's links (the API's path needs HTTP Basic). */
    @GET
    @Path("form.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") String id, @QueryParam("lang") String lang) {
        return PaperApiResource.answer(paper.pdf(signedIn.staff(), id, lang), "lang", pdf -> Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + id + "-" + lang + ".pdf\"").build());
    }

    /** Starts typing in a returned form in {@code language}: 303 to its first page. */
    @POST
    @Path("entries")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("id") String id, @RestForm String language) {
        return PaperApiResource.answer(paper.startEntry(signedIn.staff(), id, language), "language",
                token -> Response.seeOther(URI.create("/r/" + token)).build());
    }

}
