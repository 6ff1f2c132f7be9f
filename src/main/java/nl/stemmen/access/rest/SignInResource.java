package nl.stemmen.access.rest;

import java.net.URI;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * Staff sign-in on the embedded default: the form posts to Quarkus' {@code /j_security_check},
 * which checks the bcrypt hash and sets an encrypted session cookie. Respondents never sign in.
 * With OIDC on, {@code /login} sends to {@code /}, which sends to the provider's sign-in, and
 * {@code /logout} is Quarkus OIDC's (quarkus.oidc.logout.path).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    /** The session cookie's name (quarkus.http.auth.form.cookie-name). */
    static final String SESSION_COOKIE = "stemmen-staff";

    private final boolean oidc;

    public SignInResource(@ConfigProperty(name = "quarkus.oidc.tenant-enabled") boolean oidc) {
        this.oidc = oidc;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(boolean failed);
    }

    @GET
    @Path("login")
    public Response signIn(@QueryParam("error") String error) {
        if (oidc) {
            return Response.seeOther(URI.create("/")).build();
        }
        return Response.ok(Templates.signIn(error != null)).build();
    }

    @GET
    @Path("logout")
    public Response signOut() {
        NewCookie expired = new NewCookie.Builder(SESSION_COOKIE).path("/").maxAge(0).value("").build();
        return Response.seeOther(URI.create("/login")).cookie(expired).build();
    }
}
