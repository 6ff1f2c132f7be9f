package nl.stemmen.fieldwork.rest;

import java.net.URI;
import java.util.Optional;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.stemmen.access.Role;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.access.rest.StaffForms;
import nl.stemmen.fieldwork.FieldworkView;
import nl.stemmen.fieldwork.OpenStart;

/**
 * {@code /veldwerk}: a fieldworker's page for their phone (Dutch with English hints): their flyers with
 * opens, starts and completes today and in total, which groups their studies still lack, and a button per
 * flyer that starts a response for someone beside them on this device (assisted).
 */
@Path("/veldwerk")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME, Role.FIELDWORKER_NAME })
@StaffForms
public class FieldworkPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance fieldwork(FieldworkView.View view, String problem);
    }

    private final FieldworkView view;
    private final OpenStart start;
    private final SignedInStaff signedIn;

    public FieldworkPageResource(FieldworkView view, OpenStart start, SignedInStaff signedIn) {
        this.view = view;
        this.start = start;
        this.signedIn = signedIn;
    }

    @GET
    public TemplateInstance page(@Context UriInfo uri) {
        return Templates.fieldwork(view.of(signedIn.staff(), uri.getBaseUri().toString()), null);
    }

    /** Starts a response for someone beside the fieldworker, on this device, for one of their flyers (mode assisted). */
    @POST
    @Path("assisted")
    @Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA })
    public Response assisted(@RestForm String study, @RestForm String flyer, @RestForm String language, @Context UriInfo uri) {
        OpenStart.Assisted outcome = start.assisted(signedIn.staff(), study, Optional.ofNullable(flyer), language);
        if (outcome instanceof OpenStart.Assisted.Started started) {
            return Response.seeOther(URI.create("/r/" + started.token())).build();
        }
        String problem = outcome instanceof OpenStart.Assisted.Refused refused ? refused.problem().reason()
                : "deze flyer is niet van u · not your flyer";
        return Response.status(outcome instanceof OpenStart.Assisted.Refused ? 409 : 404)
                .entity(Templates.fieldwork(view.of(signedIn.staff(), uri.getBaseUri().toString()), problem)).build();
    }
}
