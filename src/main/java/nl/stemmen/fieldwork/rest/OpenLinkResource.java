package nl.stemmen.fieldwork.rest;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.stemmen.fieldwork.OpenLinkKind;
import nl.stemmen.fieldwork.OpenLinks;
import nl.stemmen.fieldwork.OpenStart;
import nl.stemmen.invite.InvitationKeys;
import nl.stemmen.invite.QrPng;
import nl.stemmen.language.Language;
import nl.stemmen.respond.rest.NoticePage;
import nl.stemmen.respond.view.Audience;
import nl.stemmen.respond.view.Frame;
import nl.stemmen.respond.view.PageRenderer;

/**
 * The respondent's pages of an open link (issue 16), for flyers ({@code /f/<code>}) and group sessions
 * ({@code /g/<code>}) alike: the link's page (language choice, with Open Graph tags so a shared link previews), the start, the
 * "already filled in on this phone" page, the closed notice and the link's QR image. The phone keeps the
 * token of the response it started in a cookie scoped to the link's address.
 */
@Produces(MediaType.TEXT_HTML)
public abstract class OpenLinkResource {

    /** The cookie that keeps this phone's response of a link; scoped to the link's path, so one per link. */
    static final String COOKIE = "stemmen-open";
    /** About a fieldwork period: a phone that comes back within it is recognised. */
    private static final int COOKIE_SECONDS = 90 * 24 * 3600;
    /** Open Graph locales (language_TERRITORY) of the languages Stemmen speaks. */
    private static final Map<String, String> OG_LOCALES = Map.of("nl", "nl_NL", "en", "en_GB", "ar", "ar_AR", "tr", "tr_TR",
            "fa", "fa_IR", "ti", "ti_ER");

    @CheckedTemplate(basePath = "OpenLinkResource")
    static class Templates {
        static native TemplateInstance landing(Frame frame, OpenGraph og);

        static native TemplateInstance again(Frame frame, String again);
    }

    /** The Open Graph tags of a link's page: what a shared link's preview shows. */
    public record OpenGraph(String title, String description, String url, String image, String locale, List<String> alternates) {
    }

    private final OpenLinkKind kind;
    private final OpenLinks links;
    private final OpenStart start;
    private final PageRenderer renderer;
    private final NoticePage notices;

    OpenLinkResource(OpenLinkKind kind, OpenLinks links, OpenStart start, PageRenderer renderer, NoticePage notices) {
        this.kind = kind;
        this.links = links;
        this.start = start;
        this.renderer = renderer;
        this.notices = notices;
    }

    /**
     * {@code GET /f/<code>} or {@code /g/<code>}: the link's page, or (with {@code ?lang=}) a new response.
     * 404 for an unknown code, 410 for a link past its end date or maximum of completes.
     *
     * @param phoneToken the token of the response this phone started through the link (its cookie)
     * @param shown the language to show the page in ({@code ?hl=}, as a shared text's link says); null: the phone's
     */
    @GET
    public Response visit(@PathParam("code") String code,
            @CookieParam(COOKIE) String phoneToken, @QueryParam("lang") String lang, @QueryParam("hl") String shown,
            @HeaderParam("User-Agent") String userAgent, @Context UriInfo uri) {
        Optional<String> canonical = InvitationKeys.normalizeCode(code, OpenLinks.CODE_LENGTH);
        if (canonical.isEmpty()) {
            return notices.unknown(lang);
        }
        if (!canonical.get().equals(code)) {
            return Response.status(301).location(uri.getRequestUriBuilder().replacePath(path(kind, canonical.get())).build()).build();
        }
        OpenStart.Visit visit = start.visit(kind, code, Optional.ofNullable(phoneToken),
                Optional.ofNullable(lang).flatMap(Language::byCode), userAgent);
        if (visit instanceof OpenStart.Visit.Started started) {
            return Response.seeOther(URI.create("/r/" + started.token()))
                    .cookie(cookie(kind, code, started.token(), COOKIE_SECONDS, uri)).build();
        }
        if (visit instanceof OpenStart.Visit.Continue go) {
            return Response.seeOther(URI.create("/r/" + go.token())).build();
        }
        if (visit instanceof OpenStart.Visit.ChooseLanguage choose) {
            Language language = Optional.ofNullable(shown).flatMap(Language::byCode)
                    .or(() -> Optional.of(notices.language(null))).filter(choose.languages()::contains)
                    .orElse(choose.questionnaire().sourceLanguage());
            Frame frame = renderer.frame(choose.questionnaire(), new Audience(language, false, choose.languages()), null);
            String link = uri.getBaseUri() + path(kind, code).substring(1);
            OpenGraph og = new OpenGraph(frame.questionnaireTitle().text(), frame.t().get("flyer.og_description"), link,
                    link + "/qr.png", OG_LOCALES.get(language.code()), choose.languages().stream().filter(l -> l != language)
                            .map(l -> OG_LOCALES.get(l.code())).toList());
            return Response.ok(Templates.landing(frame, og)).type(MediaType.TEXT_HTML_TYPE).build();
        }
        if (visit instanceof OpenStart.Visit.AlreadyDone done) {
            Frame frame = renderer.frame(done.questionnaire(), new Audience(done.language(), false, done.languages()), null);
            return Response.ok(Templates.again(frame, path(kind, code) + "/again")).type(MediaType.TEXT_HTML_TYPE).build();
        }
        if (visit instanceof OpenStart.Visit.Closed closed) {
            return notices.closed(closed.reasonKey(), lang == null ? shown : lang);
        }
        return notices.unknown(lang);
    }

    /**
     * {@code POST …/again}: this phone starts over for someone else; it forgets its response of the link (303 to the
     * link's page). 404 for anything that is no well-formed code, as {@link #visit} answers: only a code's own letters
     * go into the cookie's path and the Location.
     */
    @POST
    @Path("again")
    public Response again(@PathParam("code") String code, @Context UriInfo uri) {
        return InvitationKeys.normalizeCode(code, OpenLinks.CODE_LENGTH)
                .map(canonical -> Response.seeOther(URI.create(path(kind, canonical))).cookie(cookie(kind, canonical, "", 0, uri)).build())
                .orElseGet(() -> notices.unknown(null));
    }

    /** {@code GET …/qr.png}: the link's whole address as a QR image, for flyers, screens and link previews; 404 for an unknown code. */
    @GET
    @Path("qr.png")
    @Produces("image/png")
    public Response qr(@PathParam("code") String code, @Context UriInfo uri) throws IOException {
        Optional<String> canonical = InvitationKeys.normalizeCode(code, OpenLinks.CODE_LENGTH)
                .filter(c -> links.find(kind, c).isPresent());
        if (canonical.isEmpty()) {
            return Response.status(404).build();
        }
        return Response.ok(QrPng.of(uri.getBaseUri() + path(kind, canonical.get()).substring(1)), "image/png")
                .header("Cache-Control", "public, max-age=86400").build();
    }

    private static String path(OpenLinkKind kind, String code) {
        return "/" + kind.path() + "/" + code;
    }

    private static NewCookie cookie(OpenLinkKind kind, String code, String token, int maxAge, UriInfo uri) {
        return new NewCookie.Builder(COOKIE).value(token).path(path(kind, code)).maxAge(maxAge).httpOnly(true)
                .secure("https".equals(uri.getBaseUri().getScheme())).sameSite(NewCookie.SameSite.LAX).build();
    }
}
