package nl.stemmen.mailing.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.stemmen.access.Role;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.mailing.LetterTemplates;

/**
 * A study's letter and e-mail texts as PO files, one per language (issue 15): download, translate or edit in a PO
 * editor, upload. {@code GET} gives the study's own or else the default template; {@code PUT} replaces it (422
 * {"problems": [{"line", "reason"}]} with nothing stored); {@code DELETE} goes back to the default.
 */
@Path("/api/studies/{id}/letter-texts/{language}.po")
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
public class LetterTextApiResource {

    private final LetterTemplates templates;
    private final SignedInStaff signedIn;

    public LetterTextApiResource(LetterTemplates templates, SignedInStaff signedIn) {
        this.templates = templates;
        this.signedIn = signedIn;
    }

    /** A problem with an uploaded template: its line in the PO file and why. */
    public record LineProblem(int line, String reason) {
    }

    /** The problems of a refused upload. */
    public record ProblemsJson(List<LineProblem> problems) {
    }

    @GET
    @Produces("text/x-gettext-translation; charset=UTF-8")
    public Response download(@PathParam("id") String study, @PathParam("language") String language) {
        String po = templates.po(signedIn.staff(), study, language).orElseThrow(NotFoundException::new);
        return Response.ok(po).header("Content-Disposition", "attachment; filename=\"" + study + "-letter-" + language + ".po\"")
                .build();
    }

    @PUT
    @Consumes({ "text/x-gettext-translation", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@PathParam("id") String study, @PathParam("language") String language, byte[] po) {
        List<LineProblem> problems = templates.put(signedIn.staff(), study, language, po).orElseThrow(NotFoundException::new).stream()
                .map(p -> new LineProblem(p.line(), p.reason())).toList();
        return problems.isEmpty() ? Response.noContent().build() : Response.status(422).entity(new ProblemsJson(problems)).build();
    }

    @DELETE
    public Response reset(@PathParam("id") String study, @PathParam("language") String language) {
        if (!templates.reset(signedIn.staff(), study, language)) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }

}
