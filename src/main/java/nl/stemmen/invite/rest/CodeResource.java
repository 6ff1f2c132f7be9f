package nl.stemmen.invite.rest;

import java.util.Optional;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.stemmen.invite.CodeGuard;
import nl.stemmen.invite.InvitationConfig;
import nl.stemmen.invite.Invitations;
import nl.stemmen.language.Language;
import nl.stemmen.respond.rest.NoticePage;
import nl.stemmen.respond.view.Frame;

/**
 * {@code /code}: where the short code from a letter is typed, in the visitor's language. A wrong
 * code says what to do next; guessing is limited by {@link CodeGuard} (429).
 */
@Path("/code")
@Produces(MediaType.TEXT_HTML)
public class CodeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance code(Frame frame, String typed, boolean unknown, boolean languageChosen);
    }

    private final Invitations invitations;
    private final CodeGuard guard;
    private final InvitationConfig config;
    private final NoticePage notices;
    private final RoutingContext request;

    public CodeResource(Invitations invitations, CodeGuard guard, InvitationConfig config, NoticePage notices,
            RoutingContext request) {
        this.invitations = invitations;
        this.guard = guard;
        this.config = config;
        this.notices = notices;
        this.request = request;
    }

    @GET
    public TemplateInstance form(@QueryParam("lang") String lang) {
        return Templates.code(notices.frame(notices.language(lang), "code.title"), "", false, lang != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enter(@FormParam("code") String code, @FormParam("lang") String lang) {
        String client = request.request().remoteAddress() == null ? "unknown" : request.request().remoteAddress().hostAddress();
        if (!guard.mayTry(client)) {
            return notices.tooManyCodes(config.codeWindow().toSeconds());
        }
        Invitations.Opening opening = invitations.openByCode(code, Optional.ofNullable(lang).flatMap(Language::byCode));
        if (opening instanceof Invitations.Opening.Unknown) {
            guard.wrongCode(client);
            Frame frame = notices.frame(notices.language(lang), "code.title");
            return Response.status(422).entity(Templates.code(frame, code == null ? "" : code, true, lang != null)).build();
        }
        return PersonalLinkResource.answer(opening, lang, notices);
    }
}
