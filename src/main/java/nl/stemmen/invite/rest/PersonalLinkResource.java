package nl.stemmen.invite.rest;

import java.net.URI;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.stemmen.invite.Invitations;
import nl.stemmen.language.Language;
import nl.stemmen.respond.rest.NoticePage;
import nl.stemmen.respond.view.Audience;
import nl.stemmen.respond.view.LanguageChoice;
import nl.stemmen.respond.view.PageRenderer;

/**
 * A personal link from a letter or e-mail, {@code /s/<token>}: opens that person's one response
 * (started on the first visit, in the letter's language or the one chosen here) at {@code /r/<token>}.
 */
@Path("/s/{token}")
@Produces(MediaType.TEXT_HTML)
public class PersonalLinkResource {

    private final Invitations invitations;
    private final PageRenderer renderer;
    private final NoticePage notices;

    public PersonalLinkResource(Invitations invitations, PageRenderer renderer, NoticePage notices) {
        this.invitations = invitations;
        this.renderer = renderer;
        this.notices = notices;
    }

    @GET
    public Response open(@PathParam("token") String token, @QueryParam("lang") String lang) {
        Invitations.Opening opening = invitations.openByLink(token, Optional.ofNullable(lang).flatMap(Language::byCode));
        if (opening instanceof Invitations.Opening.ChooseLanguage choose) {
            Language shown = Optional.of(notices.language(lang)).filter(choose.languages()::contains)
                    .orElse(choose.questionnaire().sourceLanguage());
            Audience audience = new Audience(shown, false, choose.languages());
            return Response.ok(LanguageChoice.page(renderer.frame(choose.questionnaire(), audience, null), "")).build();
        }
        return answer(opening, lang, notices);
    }

    /**
     * How an opening shows: the response, or a notice in the visitor's language. A language still to
     * choose is chosen on the personal link's own page.
     */
    static Response answer(Invitations.Opening opening, String lang, NoticePage notices) {
        if (opening instanceof Invitations.Opening.Opened opened) {
            return Response.seeOther(URI.create("/r/" + opened.token())).build();
        }
        if (opening instanceof Invitations.Opening.ChooseLanguage choose) {
            return Response.seeOther(URI.create("/s/" + choose.token())).build();
        }
        if (opening instanceof Invitations.Opening.Withdrawn withdrawn) {
            return notices.withdrawn(withdrawn.language().code());
        }
        return notices.unknown(lang);
    }
}
