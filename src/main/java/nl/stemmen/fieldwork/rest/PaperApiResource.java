package nl.stemmen.fieldwork.rest;

import java.net.URI;
import java.util.function.Function;

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
import nl.stemmen.api.Refusal;
import nl.stemmen.fieldwork.PaperForms;

/**
 * Paper questionnaires through the API, for the study's lead or an admin: {@code GET /api/studies/{id}/paper.pdf?lang=ar}
 * gives the printable form; {@code POST /api/studies/{id}/paper/responses {"language": "ar"}} starts typing in a
 * returned form and answers {@code 201 {"link": "/r/<token>"}}, the pages to type it in on. A language the study
 * does not offer: 400 naming the ones it does.
 */
@Path("/api/studies/{id}")
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
public class PaperApiResource {

    private final PaperForms paper;
    private final SignedInStaff signedIn;

    public PaperApiResource(PaperForms paper, SignedInStaff signedIn) {
        this.paper = paper;
        this.signedIn = signedIn;
    }

    /** The printable form in {@code lang}, inline, named {@code <study>-<lang>.pdf}. */
    @GET
    @Path("paper.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") String id, @QueryParam("lang") String lang) {
        return answer(paper.pdf(signedIn.staff(), id, lang), "lang", pdf -> Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + id + "-" + lang + ".pdf\"").build());
    }

    /** {@code {"language": "ar"}}: the returned form's language. */
    public record EntryRequest(String language) {
    }

    /** Where the form is typed in: the response's pages. */
    public record EntryJson(String link) {
    }

    /** 201 with the entry's link; 400 for a language the study does not offer; 404 when not the caller's study. */
    @POST
    @Path("paper/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response startEntry(@PathParam("id") String id, EntryRequest request) {
        return answer(paper.startEntry(signedIn.staff(), id, request == null ? null : request.language()), "language",
                token -> Response.created(URI.create("/r/" + token)).entity(new EntryJson("/r/" + token)).build());
    }

    /**
     * The HTTP answer to a paper outcome: {@code done} of the value, 400 naming {@code field} (the query's {@code lang},
     * the body's {@code language}) for a language not offered, 404 for no study.
     */
    static <T> Response answer(PaperForms.Outcome<T> outcome, String field, Function<T, Response> done) {
        if (outcome instanceof PaperForms.Outcome.Done<T> value) {
            return done.apply(value.value());
        }
        if (outcome instanceof PaperForms.Outcome.NoLanguage<T> no) {
            return Refusal.badRequest(field, "one of the study's languages: " + String.join(", ", no.offered()));
        }
        throw new NotFoundException();
    }

}
