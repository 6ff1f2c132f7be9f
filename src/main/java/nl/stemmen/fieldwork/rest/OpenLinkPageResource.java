package nl.stemmen.fieldwork.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.stemmen.access.Role;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.access.rest.StaffForms;
import nl.stemmen.api.UnreadableJsonMapper.Problem;
import nl.stemmen.fieldwork.OpenLinkKind;
import nl.stemmen.fieldwork.OpenLinks;

/**
 * A lead's pages of a study's open links (Dutch with English hints). {@code /studies/<id>/flyers} lists
 * the flyers with their counts and makes a new one; {@code /studies/<id>/flyers/<code>} shows one with its
 * QR to print and the texts to share per language. {@code /studies/<id>/sessions} lists and makes group
 * sessions; {@code /studies/<id>/sessions/<code>} shows one code large with its QR, for a projector or a
 * sheet in the room, so people open {@code /g/<code>} on their own phones.
 */
@Path("/studies/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
@StaffForms
public class OpenLinkPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sessions(String studyId, List<OpenLinks.Listed> sessions, String problem);

        static native TemplateInstance session(String studyId, OpenLinks.Listed session, String spaced);

        static native TemplateInstance flyers(String studyId, List<OpenLinks.Listed> flyers, List<Problem> problems);

        static native TemplateInstance flyer(String studyId, OpenLinks.Listed flyer, OpenLinks.Share share);
    }

    private final OpenLinks links;
    private final SignedInStaff signedIn;

    public OpenLinkPageResource(OpenLinks links, SignedInStaff signedIn) {
        this.links = links;
        this.signedIn = signedIn;
    }

    /** The study's group sessions and a form for a new one. */
    @GET
    @Path("sessions")
    public TemplateInstance sessions(@PathParam("id") String study, @Context UriInfo uri) {
        return Templates.sessions(study, listed(study, OpenLinkKind.SESSION, uri), null);
    }

    /** Makes a session and shows it; a missing label comes back with the problem (422). */
    @POST
    @Path("sessions")
    @Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA })
    public Response createSession(@PathParam("id") String study, @RestForm String label, @Context UriInfo uri) {
        OpenLinks.Outcome outcome = create(study, OpenLinkKind.SESSION, new OpenLinks.Definition(label, null, null, null, null, null), uri);
        if (outcome.created().isEmpty()) {
            return Response.status(422).entity(Templates.sessions(study, listed(study, OpenLinkKind.SESSION, uri),
                    outcome.problems().get(0).reason())).build();
        }
        return Response.seeOther(URI.create("/studies/" + study + "/sessions/" + outcome.created().get().code())).build();
    }

    /** One session's code, large, with its QR and the counts so far. */
    @GET
    @Path("sessions/{code}")
    public TemplateInstance session(@PathParam("id") String study, @PathParam("code") String code, @Context UriInfo uri) {
        OpenLinks.Listed session = one(study, OpenLinkKind.SESSION, code, uri);
        // read aloud and typed in two groups of three
        return Templates.session(study, session, session.code().substring(0, 3) + " " + session.code().substring(3));
    }

    /** The study's flyers with their counts, and a form for a new one. */
    @GET
    @Path("flyers")
    public TemplateInstance flyers(@PathParam("id") String study, @Context UriInfo uri) {
        return Templates.flyers(study, listed(study, OpenLinkKind.FLYER, uri), List.of());
    }

    /** Makes a flyer and shows it; a form with problems comes back with every one (422). */
    @POST
    @Path("flyers")
    @Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA })
    public Response createFlyer(@PathParam("id") String study, @RestForm String label, @RestForm String fieldworker,
            @RestForm String partner, @RestForm String kind, @RestForm String ends,
            @RestForm("max_completes") String maxCompletes, @Context UriInfo uri) {
        List<Problem> problems = new ArrayList<>();
        LocalDate end = null;
        Integer most = null;
        try {
            end = ends == null || ends.isBlank() ? null : LocalDate.parse(ends.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem("ends", "a date as YYYY-MM-DD, not '" + ends + "'"));
        }
        try {
            most = maxCompletes == null || maxCompletes.isBlank() ? null : Integer.valueOf(maxCompletes.strip());
        } catch (NumberFormatException e) {
            problems.add(new Problem("max_completes", "a whole number of completes, not '" + maxCompletes + "'"));
        }
        if (problems.isEmpty()) {
            OpenLinks.Outcome outcome = create(study, OpenLinkKind.FLYER, new OpenLinks.Definition(label, fieldworker, partner,
                    kind == null || kind.isBlank() ? null : kind, end, most), uri);
            if (outcome.created().isPresent()) {
                return Response.seeOther(URI.create("/studies/" + study + "/flyers/" + outcome.created().get().code())).build();
            }
            problems.addAll(outcome.problems());
        }
        return Response.status(422).entity(Templates.flyers(study, listed(study, OpenLinkKind.FLYER, uri), problems)).build();
    }

    /** One flyer: its QR to print, its link, its counts and the texts to share it by per language. */
    @GET
    @Path("flyers/{code}")
    public TemplateInstance flyer(@PathParam("id") String study, @PathParam("code") String code, @Context UriInfo uri) {
        OpenLinks.Listed flyer = one(study, OpenLinkKind.FLYER, code, uri);
        OpenLinks.Share share = links.share(signedIn.staff(), study, flyer.code(), uri.getBaseUri().toString())
                .orElseThrow(NotFoundException::new);
        return Templates.flyer(study, flyer, share);
    }

    private OpenLinks.Outcome create(String study, OpenLinkKind kind, OpenLinks.Definition definition, UriInfo uri) {
        return links.create(signedIn.staff(), study, kind, definition, uri.getBaseUri().toString())
                .orElseThrow(NotFoundException::new);
    }

    private OpenLinks.Listed one(String study, OpenLinkKind kind, String code, UriInfo uri) {
        Optional<OpenLinks.Listed> found = listed(study, kind, uri).stream().filter(s -> s.code().equalsIgnoreCase(code)).findFirst();
        return found.orElseThrow(NotFoundException::new);
    }

    private List<OpenLinks.Listed> listed(String study, OpenLinkKind kind, UriInfo uri) {
        return links.list(signedIn.staff(), study, kind, uri.getBaseUri().toString()).orElseThrow(NotFoundException::new);
    }
}
