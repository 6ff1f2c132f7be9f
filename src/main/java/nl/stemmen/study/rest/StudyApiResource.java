package nl.stemmen.study.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.stemmen.access.Role;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.study.Studies;
import nl.stemmen.study.StudyDefinition;

/**
 * Studies through the JSON API (design §6): create, list, read and replace. Who may see what is
 * decided by {@link Studies}; a study another lead owns answers 404, as one that does not exist.
 */
@Path("/api/studies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME, Role.FIELDWORKER_NAME })
public class StudyApiResource {

    private final Studies studies;
    private final SignedInStaff signedIn;

    public StudyApiResource(Studies studies, SignedInStaff signedIn) {
        this.studies = studies;
        this.signedIn = signedIn;
    }

    /** A study as the API gives it: the definition with its id and owner. */
    public record StudyJson(String id, String owner, String name, String organisation, String questionnaire, int version,
            LocalDate start, LocalDate end, List<StudyDefinition.Dimension> dimensions,
            Map<String, Map<String, Integer>> quotas, @JsonProperty("threshold_pp") BigDecimal thresholdPp,
            List<String> languages, @JsonProperty("minimum_cell") int minimumCell,
            @JsonProperty("contact_email") String contactEmail, boolean assisted, boolean raffle, boolean interviews,
            @JsonProperty("signups_delete_after") LocalDate signupsDeleteAfter,
            @JsonInclude(JsonInclude.Include.NON_NULL) StudyDefinition.Landing landing) {

        static StudyJson of(Studies.Saved saved) {
            StudyDefinition d = saved.definition();
            return new StudyJson(saved.id(), saved.owner(), d.name(), d.organisation(), d.questionnaire(), d.version(),
                    d.start(), d.end(), d.dimensions(), d.quotas(), d.thresholdPp(), d.languages(), d.minimumCell(),
                    d.contactEmail(), d.assisted(), d.raffle(), d.interviews(), d.signupsDeleteAfter(), d.landing());
        }
    }

    public record ProblemsJson(List<Studies.Problem> problems) {
    }

    /** 201 with the study, or 422 with every problem and nothing stored. */
    @POST
    @RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
    public Response create(StudyDefinition definition) {
        Studies.Outcome outcome = studies.create(signedIn.staff(), definition == null ? empty() : definition);
        return outcome.study()
                .map(s -> Response.created(URI.create("/api/studies/" + s.id())).entity(StudyJson.of(s)).build())
                .orElseGet(() -> Response.status(422).entity(new ProblemsJson(outcome.problems())).build());
    }

    @GET
    public List<StudyJson> list() {
        return studies.visibleTo(signedIn.staff()).stream().map(StudyJson::of).toList();
    }

    @GET
    @Path("{id}")
    public StudyJson get(@PathParam("id") String id) {
        return studies.find(signedIn.staff(), id).map(StudyJson::of).orElseThrow(NotFoundException::new);
    }

    /** Replaces the definition: 200 with the study, 422 with the problems, 404 when not the caller's. */
    @PUT
    @Path("{id}")
    @RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
    public Response replace(@PathParam("id") String id, StudyDefinition definition) {
        Studies.Outcome outcome = studies.update(signedIn.staff(), id, definition == null ? empty() : definition)
                .orElseThrow(NotFoundException::new);
        return outcome.study().map(s -> Response.ok(StudyJson.of(s)).build())
                .orElseGet(() -> Response.status(422).entity(new ProblemsJson(outcome.problems())).build());
    }


    private static StudyDefinition empty() {
        return new StudyDefinition(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
