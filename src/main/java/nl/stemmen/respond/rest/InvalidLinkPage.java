package nl.stemmen.respond.rest;


import com.ibm.icu.util.ULocale;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.stemmen.language.Language;
import nl.stemmen.language.UiTexts;
import nl.stemmen.respond.DatabaseOutage;
import nl.stemmen.respond.view.Frame;

/**
 * The page for a link that leads nowhere, or for when Stemmen cannot reach its database. We do not
 * know who opened it, so it speaks the language asked for in {@code ?lang=}, else the one the phone
 * prefers, and links to the others.
 */
@RequestScoped
public class InvalidLinkPage {

    @CheckedTemplate(basePath = "RespondResource")
    static class Templates {
        static native TemplateInstance invalidLink(Frame frame, String title, String reason);
    }

    private final UiTexts uiTexts;
    private final RoutingContext request;

    public InvalidLinkPage(UiTexts uiTexts, RoutingContext request) {
        this.uiTexts = uiTexts;
        this.request = request;
    }

    public Response unknown(String languageCode) {
        return page(404, "link.title", "link.text", languageCode).build();
    }

    public Response unknownQuestionnaire(String languageCode) {
        return page(404, "link.title", "link.unknown_questionnaire", languageCode).build();
    }

    /** 503 with Retry-After: nothing is lost, try again in a moment. */
    public Response databaseUnreachable() {
        return page(503, "unavailable.title", "unavailable.text", null)
                .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
    }

    private Response.ResponseBuilder page(int status, String titleKey, String reasonKey, String languageCode) {
        Language language = Language.byCode(languageCode == null ? request.request().getParam("lang") : languageCode)
                .orElseGet(this::preferred);
        UiTexts.Texts t = uiTexts.in(language);
        Frame frame = new Frame(t, language, t.get(titleKey), "Stemmen", false, null, Language.all());
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.invalidLink(frame, t.get(titleKey), t.get(reasonKey)));
    }

    private Language preferred() {
        String header = request.request().getHeader("Accept-Language");
        if (header == null) {
            return Language.NL;
        }
        ULocale[] available = Language.all().stream().map(Language::locale).toArray(ULocale[]::new);
        boolean[] fallback = new boolean[1];
        ULocale best = ULocale.acceptLanguage(header, available, fallback);
        return best == null ? Language.NL : Language.byCode(best.getLanguage()).orElse(Language.NL);
    }

}
