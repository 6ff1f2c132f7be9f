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
 * The pages that tell a visitor why they cannot go on and what to do next: a link that leads
 * nowhere, a withdrawal, too many wrong codes, a database that cannot be reached. We do not know who
 * opened it, so it speaks the language asked for in {@code ?lang=}, else the one the phone prefers,
 * and links to the others.
 */
@RequestScoped
public class NoticePage {

    @CheckedTemplate(basePath = "RespondResource")
    static class Templates {
        static native TemplateInstance notice(Frame frame, String title, String reason);
    }

    private final UiTexts uiTexts;
    private final RoutingContext request;

    public NoticePage(UiTexts uiTexts, RoutingContext request) {
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

    /** 410: the person withdrew from the study; their answers are gone. */
    public Response withdrawn(String languageCode) {
        return page(410, "link.withdrawn_title", "link.withdrawn", languageCode).build();
    }

    /**
     * 410: an open link (flyer, session) that starts no more responses; {@code reasonKey} is the UI text
     * saying why ({@code flyer.ended}, {@code flyer.full}).
     */
    public Response closed(String reasonKey, String languageCode) {
        return page(410, "flyer.closed_title", reasonKey, languageCode).build();
    }

    /** 429 with Retry-After: too many wrong short codes from here; try again after the window. */
    public Response tooManyCodes(long retryAfterSeconds) {
        return page(429, "code.too_many_title", "code.too_many", null).header("Retry-After", retryAfterSeconds).build();
    }

    /** The language to speak: {@code languageCode} when Stemmen offers it, else ?lang=, else the phone's preference. */
    public Language language(String languageCode) {
        return Language.byCode(languageCode == null ? request.request().getParam("lang") : languageCode)
                .orElseGet(this::preferred);
    }

    /** The frame of a page of Stemmen's own, titled by the UI text {@code titleKey}, offering every language. */
    public Frame frame(Language language, String titleKey) {
        UiTexts.Texts t = uiTexts.in(language);
        return new Frame(t, language, t.get(titleKey), "Stemmen", false, null, Language.all());
    }

    private Response.ResponseBuilder page(int status, String titleKey, String reasonKey, String languageCode) {
        Frame frame = frame(language(languageCode), titleKey);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.notice(frame, frame.t().get(titleKey), frame.t().get(reasonKey)));
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
