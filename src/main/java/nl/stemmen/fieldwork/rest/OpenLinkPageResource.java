package nl.stemmen.fieldwork.rest;

import java.net.URI;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.core.UriInfo;
import nl.stemmen.access.Role;
import nl.stemmen.access.rest.StaffForms;
import nl.stemmen.fieldwork.OpenLinkKind;
import nl.stemmen.fieldwork.OpenLinks;

/**
 * A lead's pages of a study's group sessions (Dutch with English hints): {@code /studies/<id>/sessions}
 * lists them and makes a new one; {@code /studies/<id>/sessions/<code>} shows one code large with its QR,
 * for a projector or a printed sheet in the room, so people open {@code /g/<code>} on their own phones.
 */
@Path("/studies/{id}/sessions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
@StaffForms
public class OpenLinkPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sessions(String studyId, List<OpenLinks.Listed> sessions, String problem);

        static native TemplateInstance session(String studyId, OpenLinks.Listed session, String spaced);
    }

    private final OpenLinks links;
    private final SecurityIdentity identity;

    public OpenLinkPageResource(OpenLinks links, SecurityIdentity identity) {
        this.links = links;
        this.identity = identity;
    }

    @GET
    public TemplateInstance list(@PathParam("id") String study, @Context UriInfo uri) {
        return Templates.sessions(study, sessions(study, uri), null);
    }

    /** Makes a session and shows it; a missing label comes back with the problem (422). */
    @POST
    @Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA })
    public Response create(@PathParam("id") String study, @RestForm String label, @Context UriInfo uri) {
        OpenLinks.Outcome outcome = links.create(FlyerApiResource.staff(identity), study, OpenLinkKind.SESSION,
                new OpenLinks.Definition(label, null, null, null, null, null), uri.getBaseUri().toString())
                .orElseThrow(NotFoundException::new);
        if (outcome.created().isEmpty()) {
            return Response.status(422).entity(Templates.sessions(study, sessions(study, uri), outcome.problems().get(0).reason())).build();
        }
        return Response.seeOther(URI.create("/studies/" + study + "/sessions/" + outcome.created().get().code())).build();
    }

    /** One session's code, large, with its QR and the counts so far. */
    @GET
    @Path("{code}")
    public TemplateInstance show(@PathParam("id") String study, @PathParam("code") String code, @Context UriInfo uri) {
        OpenLinks.Listed session = sessions(study, uri).stream().filter(s -> s.code().equalsIgnoreCase(code)).findFirst()
                .orElseThrow(NotFoundException::new);
        // read aloud and typed in two groups of three
        return Templates.session(study, session, session.code().substring(0, 3) + " " + session.code().substring(3));
    }

    private List<OpenLinks.Listed> sessions(String study, UriInfo uri) {
        return links.list(FlyerApiResource.staff(identity), study, OpenLinkKind.SESSION, uri.getBaseUri().toString())
                .orElseThrow(NotFoundException::new);
    }
}
