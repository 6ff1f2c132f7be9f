package nl.stemmen.fieldwork.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.stemmen.access.Role;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.fieldwork.FieldworkView;

/**
 * {@code GET /api/fieldwork}: the signed-in staff member's own flyers with opens, starts and completes
 * today and in total, and the lagging subgroups of their studies; never answers.
 */
@Path("/api/fieldwork")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME, Role.FIELDWORKER_NAME })
public class FieldworkApiResource {

    private final FieldworkView view;
    private final SignedInStaff signedIn;

    public FieldworkApiResource(FieldworkView view, SignedInStaff signedIn) {
        this.view = view;
        this.signedIn = signedIn;
    }

    /** {"flyers": [as the flyer list], "studies": [{"id", "name", "lagging": [{"dimension", "category"}], "summary"}]}. */
    @GET
    public FieldworkView.View mine(@Context UriInfo uri) {
        return view.of(signedIn.staff(), uri.getBaseUri().toString());
    }
}
