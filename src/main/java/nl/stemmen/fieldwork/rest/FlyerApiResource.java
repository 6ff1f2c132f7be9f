package nl.stemmen.fieldwork.rest;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestQuery;
import nl.stemmen.access.Role;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.api.UnreadableJsonMapper.ProblemsJson;
import nl.stemmen.fieldwork.OpenLinkKind;
import nl.stemmen.fieldwork.OpenLinks;
import nl.stemmen.fieldwork.view.FlyerHtml;
import nl.stemmen.api.Refusal;
import nl.stemmen.language.UiTexts;
import nl.stemmen.mailing.letter.LetterPdf;

/**
 * A study's QR flyers through the API (design §6, issue 16): make one, list them with opens, starts and
 * completes, the texts to share one by WhatsApp or Signal, and the flyer to print. Leads of the study and admins only.
 */
@Path("/api/studies/{id}/flyers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
public class FlyerApiResource {

    private final OpenLinks links;
    private final UiTexts texts;
    private final SignedInStaff signedIn;

    public FlyerApiResource(OpenLinks links, UiTexts texts, SignedInStaff signedIn) {
        this.texts = texts;
        this.links = links;
        this.signedIn = signedIn;
    }

    /**
     * A new flyer's body.
     *
     * @param kind where it is handed out: location, event, partner or fieldworker
     * @param fieldworker the username of the fieldworker whose flyer it is (they see its counts)
     */
    public record Request(String label, String fieldworker, String partner, String kind, LocalDate ends,
            @JsonProperty("max_completes") Integer maxCompletes) {
    }

    /** 201 {"code", "link"}; 422 {"problems"} with nothing stored; 404 for a study the caller may not see. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("id") String study, Request request, @Context UriInfo uri) {
        Request r = request == null ? new Request(null, null, null, null, null, null) : request;
        return created(links.create(signedIn.staff(), study, OpenLinkKind.FLYER,
                new OpenLinks.Definition(r.label(), r.fieldworker(), r.partner(), r.kind(), r.ends(), r.maxCompletes()),
                uri.getBaseUri().toString()).orElseThrow(NotFoundException::new), "/api/studies/" + study + "/flyers");
    }

    /** The study's flyers, oldest first, each with opens, starts and completes in total and {@code today}. */
    @GET
    public List<OpenLinks.Listed> list(@PathParam("id") String study, @Context UriInfo uri) {
        return links.list(signedIn.staff(), study, OpenLinkKind.FLYER, uri.getBaseUri().toString()).orElseThrow(NotFoundException::new);
    }

    /** {"code", "link", "texts": {"nl": "…", …}}: a message per study language, its link opening the page in that language. */
    @GET
    @Path("{code}/share")
    public OpenLinks.Share share(@PathParam("id") String study, @PathParam("code") String code, @Context UriInfo uri) {
        return links.share(signedIn.staff(), study, code, uri.getBaseUri().toString()).orElseThrow(NotFoundException::new);
    }

    /**
     * The flyer to print as PDF: {@code ?size=a5} (default) or {@code a6}, one page with the QR code, the address to
     * type and a line in each study language; 400 for another size.
     */
    @GET
    @Path("{code}/flyer.pdf")
    @Produces({ "application/pdf", MediaType.APPLICATION_JSON })
    public Response flyerPdf(@PathParam("id") String study, @PathParam("code") String code, @RestQuery String size,
            @Context UriInfo uri) throws IOException {
        FlyerHtml.Size printed = size == null || size.isBlank() ? FlyerHtml.Size.A5 : FlyerHtml.Size.named(size);
        if (printed == null) {
            return Refusal.badRequest("size", "a5 or a6, not '" + size + "'");
        }
        OpenLinks.Printable flyer = links.printable(signedIn.staff(), study, code, uri.getBaseUri().toString())
                .orElseThrow(NotFoundException::new);
        String document = FlyerHtml.document(flyer, printed, texts);
        StreamingOutput pdf = out -> LetterPdf.renderDocument(out, document);
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"flyer-"
                + flyer.code() + "-" + printed.name().toLowerCase(java.util.Locale.ROOT) + ".pdf\"").build();
    }

    /** 201 with the new link, Location at the list it joined; 422 with the problems. */
    static Response created(OpenLinks.Outcome outcome, String list) {
        return outcome.created().map(c -> Response.created(URI.create(list)).entity(c).build())
                .orElseGet(() -> Response.status(422).entity(new ProblemsJson(outcome.problems())).build());
    }

}
