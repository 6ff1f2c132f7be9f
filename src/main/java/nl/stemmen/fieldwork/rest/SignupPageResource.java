package nl.stemmen.fieldwork.rest;

import java.util.List;
import java.util.Map;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.stemmen.access.Role;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.access.rest.StaffForms;
import nl.stemmen.fieldwork.Draws;
import nl.stemmen.fieldwork.SignupKind;
import nl.stemmen.fieldwork.SignupLog;
import nl.stemmen.fieldwork.Signups;
import nl.stemmen.study.Studies;

/**
 * The staff page for raffle and interview sign-ups ({@code /studies/<id>/signups}, Dutch with English hints): how
 * many there are, CSV downloads, the draws (their result shown once, with the seed to re-run them) and deletion,
 * with the study's log of all of it. The same services as the API, so the same rights and the same log.
 */
@Path("/studies/{id}/signups")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
@StaffForms
public class SignupPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signups(Studies.Saved study, long raffle, long interviews, List<SignupLog> log,
                Draws.Result draw, String problem, Integer deleted);
    }

    private final Studies studies;
    private final Signups signups;
    private final Draws draws;
    private final SignedInStaff signedIn;

    public SignupPageResource(Studies studies, Signups signups, Draws draws, SignedInStaff signedIn) {
        this.studies = studies;
        this.signups = signups;
        this.draws = draws;
        this.signedIn = signedIn;
    }

    /** The page; 404 when not the caller's study. */
    @GET
    public TemplateInstance show(@PathParam("id") String id) {
        return page(id, null, null, null);
    }

    /** A CSV download of one kind, logged as an export. */
    @GET
    @Path("{kind}.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") String id, @PathParam("kind") String kind) {
        SignupKind signupKind = SignupApiResource.kind(kind);
        return SignupApiResource.csv(id, signupKind, signups.export(signedIn.staff(), id, signupKind).orElseThrow(NotFoundException::new));
    }

    /** Draws {@code number} raffle winners, or {@code number} interview candidates per cell; the page shows who. */
    @POST
    @Path("{kind}/draw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response draw(@PathParam("id") String id, @PathParam("kind") String kind, @RestForm String number) {
        SignupKind signupKind = SignupApiResource.kind(kind);
        int wanted;
        try {
            wanted = Integer.parseInt(number == null ? "" : number.strip());
        } catch (NumberFormatException e) {
            wanted = 0;
        }
        try {
            Draws.Result result = (signupKind == SignupKind.RAFFLE ? draws.raffle(signedIn.staff(), id, wanted)
                    : draws.interviews(signedIn.staff(), id, wanted)).orElseThrow(NotFoundException::new);
            return Response.ok(page(id, result, null, null)).build();
        } catch (IllegalArgumentException e) {
            return Response.status(422).entity(page(id, null, "Een aantal van 1 of meer. · A number, 1 or more.", null)).build();
        }
    }

    /** Deletes every entry of one kind; the page says how many. */
    @POST
    @Path("{kind}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance delete(@PathParam("id") String id, @PathParam("kind") String kind) {
        int deleted = signups.delete(signedIn.staff(), id, SignupApiResource.kind(kind)).orElseThrow(NotFoundException::new);
        return page(id, null, null, deleted);
    }

    private TemplateInstance page(String id, Draws.Result draw, String problem, Integer deleted) {
        Studies.Saved study = studies.find(signedIn.staff(), id).orElseThrow(NotFoundException::new);
        Map<SignupKind, Long> counts = signups.counts(signedIn.staff(), id).orElseThrow(NotFoundException::new);
        List<SignupLog> log = signups.log(signedIn.staff(), id).orElseThrow(NotFoundException::new);
        return Templates.signups(study, counts.get(SignupKind.RAFFLE), counts.get(SignupKind.INTERVIEWS), log, draw, problem,
                deleted);
    }

}
