package nl.stemmen.study.rest;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import nl.stemmen.study.Studies;
import nl.stemmen.study.TypedPopulation;

/**
 * A study's population counts typed in from register statistics: {@code GET} and {@code PUT
 * {"gender": {"man": 30000, "vrouw": 34594}}} (200 with the counts, or 422 {"problems"} with nothing stored).
 */
@Path("/api/studies/{id}/population")
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME })
@Produces(MediaType.APPLICATION_JSON)
public class PopulationApiResource {

    private final TypedPopulation population;
    private final SignedInStaff signedIn;

    public PopulationApiResource(TypedPopulation population, SignedInStaff signedIn) {
        this.population = population;
        this.signedIn = signedIn;
    }

    @GET
    public Map<String, Map<String, Integer>> read(@PathParam("id") String study) {
        return population.read(signedIn.staff(), study).orElseThrow(NotFoundException::new);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String study, Map<String, Map<String, Integer>> counts) {
        List<Studies.Problem> problems = population.replace(signedIn.staff(), study, counts).orElseThrow(NotFoundException::new);
        return problems.isEmpty() ? Response.ok(population.of(study)).build()
                : Response.status(422).entity(new StudyApiResource.ProblemsJson(problems)).build();
    }

}
