package nl.stemmen.landing.rest;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.stemmen.landing.StudyLanding;
import nl.stemmen.language.Language;
import nl.stemmen.language.UiTexts;
import nl.stemmen.respond.Entry;
import nl.stemmen.respond.LinkToken;
import nl.stemmen.respond.rest.NoticePage;
import nl.stemmen.respond.view.Frame;

/**
 * A study's public landing page {@code /l/<study>} (issue 16), no sign-in: what the study is, who runs it, how data
 * is protected and whom to write, in the study's languages (a choice of them below), and a button that starts the
 * filter questions, answered on the respondent pages {@code /r/<token>} like any questionnaire. When they are done,
 * {@code /l/<study>/next/<token>} routes the person on under the same link. A study without a landing answers 404.
 */
@Path("/l/{study}")
@Produces(MediaType.TEXT_HTML)
public class LandingResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance landing(Frame frame, StudyLanding.LandingPage study, String organisation);
    }

    private final StudyLanding landing;
    private final UiTexts uiTexts;
    private final NoticePage notices;

    public LandingResource(StudyLanding landing, UiTexts uiTexts, NoticePage notices) {
        this.landing = landing;
        this.uiTexts = uiTexts;
        this.notices = notices;
    }

    /** The page in {@code ?lang=} when the study offers it, else the phone's language when offered, else the study's first. */
    @GET
    public Response show(@PathParam("study") String studyId, @QueryParam("lang") String lang) {
        Optional<StudyLanding.LandingPage> page = landing.page(studyId);
        if (page.isEmpty()) {
            return notices.unknown(lang);
        }
        Language language = language(page.get(), lang);
        UiTexts.Texts t = uiTexts.in(language);
        Frame frame = new Frame(t, language, page.get().name(), page.get().name(), false, null, page.get().languages());
        String organisation = t.format("landing.organisation", Map.of("organisation", page.get().organisation()));
        return Response.ok(Templates.landing(frame, page.get(), organisation)).build();
    }

    /** Start: a new response holding the filter questions, in the language the page was shown in. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("study") String studyId, @RestForm String lang) {
        Optional<StudyLanding.LandingPage> page = landing.page(studyId);
        if (page.isEmpty()) {
            return notices.unknown(lang);
        }
        return landing.route(studyId, Entry.landing(studyId), language(page.get(), lang))
                .map(token -> Response.seeOther(URI.create("/r/" + token)).build())
                .orElseGet(() -> notices.unknown(lang));
    }

    /** The filter questions under this link are done: on to the routed questionnaire, under the same link; 404 for no token. */
    @GET
    @Path("next/{token}")
    public Response next(@PathParam("study") String studyId, @PathParam("token") String token) {
        // only a token's own characters go into the Location
        if (!LinkToken.wellFormed(token)) {
            return notices.unknown(null);
        }
        landing.next(token);
        return Response.seeOther(URI.create("/r/" + token)).build();
    }

    private Language language(StudyLanding.LandingPage page, String lang) {
        Language wanted = notices.language(lang);
        return page.languages().contains(wanted) || page.languages().isEmpty() ? wanted : page.languages().get(0);
    }
}
