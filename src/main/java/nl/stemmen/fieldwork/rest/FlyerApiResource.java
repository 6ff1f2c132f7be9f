package nl.stemmen.fieldwork.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.stemmen.access.Role;
import nl.stemmen.access.Staff;
import nl.stemmen.api.UnreadableJsonMapper.ProblemsJson;
import nl.stemmen.fieldwork.OpenLinkKind;
import nl.stemmen.fieldwork.OpenLinks;

/**
 * A study's QR flyers through the API (design §6, issue 16): make one, list them with opens, starts and
 * completes, and the texts to share one by WhatsApp or Signal. Leads of the study and admins only.
 */
@Path("/api/studies/{id}/flyers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
public class FlyerApiResource {

    private final OpenLinks links;
    private final SecurityIdentity identity;

    public FlyerApiResource(OpenLinks links, SecurityIdentity identity) {
        this.links = links;
        this.identity = identity;
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
        return created(links.create(staff(identity), study, OpenLinkKind.FLYER,
                new OpenLinks.Definition(r.label(), r.fieldworker(), r.partner(), r.kind(), r.ends(), r.maxCompletes()),
                uri.getBaseUri().toString()).orElseThrow(NotFoundException::new), "/api/studies/" + study + "/flyers");
    }

    /** The study's flyers, oldest first, each with opens, starts and completes in total and {@code today}. */
    @GET
    public List<OpenLinks.Listed> list(@PathParam("id") String study, @Context UriInfo uri) {
        return links.list(staff(identity), study, OpenLinkKind.FLYER, uri.getBaseUri().toString()).orElseThrow(NotFoundException::new);
    }

    /** {"code", "link", "texts": {"nl": "…", …}}: a message per study language, its link opening the page in that language. */
    @GET
    @Path("{code}/share")
    public OpenLinks.Share share(@PathParam("id") String study, @PathParam("code") String code, @Context UriInfo uri) {
        return links.share(staff(identity), study, code, uri.getBaseUri().toString()).orElseThrow(NotFoundException::new);
    }

    /** 201 with the new link, Location at the list it joined; 422 with the problems. */
    static Response created(OpenLinks.Outcome outcome, String list) {
        return outcome.created().map(c -> Response.created(URI.create(list)).entity(c).build())
                .orElseGet(() -> Response.status(422).entity(new ProblemsJson(outcome.problems())).build());
    }

    static Staff staff(SecurityIdentity identity) {
        return Staff.of(identity).orElseThrow(ForbiddenException::new);
    }
}
