package nl.stemmen.access.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.stemmen.access.Accounts;
import nl.stemmen.access.Role;

/** {@code POST /api/accounts} (embedded default): an admin creates lead, fieldworker and admin accounts. */
@Path("/api/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class AccountApiResource {

    private final Accounts accounts;

    public AccountApiResource(Accounts accounts) {
        this.accounts = accounts;
    }

    public record NewAccount(String username, String password, String role) {
    }

    public record AccountJson(String username, String role) {
    }

    public record Problem(String reason) {
    }

    public record ProblemsJson(List<Problem> problems) {
    }

    /** 201 {"username", "role"}, or 422 {"problems": [{"reason"}]} with nothing stored. */
    @POST
    public Response create(NewAccount request) {
        NewAccount given = request == null ? new NewAccount(null, null, null) : request;
        List<String> problems = accounts.create(given.username(), given.password(), given.role());
        if (!problems.isEmpty()) {
            return Response.status(422).entity(new ProblemsJson(problems.stream().map(Problem::new).toList())).build();
        }
        return Response.created(URI.create("/api/accounts/" + given.username()))
                .entity(new AccountJson(given.username(), given.role())).build();
    }
}
