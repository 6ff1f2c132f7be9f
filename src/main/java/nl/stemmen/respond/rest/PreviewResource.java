package nl.stemmen.respond.rest;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.quarkus.qute.CheckedTemplate;
import jakarta.annotation.security.RolesAllowed;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.stemmen.access.Role;
import nl.stemmen.access.Staff;
import nl.stemmen.access.rest.SignedInStaff;
import nl.stemmen.language.Language;
import nl.stemmen.language.UiTexts;
import nl.stemmen.catalog.PublishedQuestionnaire;
import nl.stemmen.catalog.QuestionnaireCatalog;
import nl.stemmen.questionnaire.load.LoadProblem;
import nl.stemmen.respond.Entry;
import nl.stemmen.respond.ResponseFlow;
import nl.stemmen.respond.view.Audience;
import nl.stemmen.respond.view.Frame;
import nl.stemmen.respond.view.LanguageChoice;
import nl.stemmen.respond.view.PageRenderer;

/**
 * Trying a questionnaire: {@code /preview/<id>} starts a response flagged as a test, which
 * monitoring and exports leave out; {@code ?version=<n>} tries a stored version other than the
 * current one (a research lead checks a published version before a study uses it). The overview at
 * {@code /} lists every version that can be tried, per language with how complete it is. Staff only:
 * the overview names refused files, and anyone could otherwise create test responses without limit.
 */
@Path("/")
@RolesAllowed({ Role.ADMIN_NAME, Role.LEAD_NAME, Role.FIELDWORKER_NAME })
@Produces(MediaType.TEXT_HTML)
public class PreviewResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Frame frame, List<Listed> questionnaires, List<LoadProblem> problems, boolean mayPublish);
    }

    /** A questionnaire on the overview: its current version and the earlier stored ones, newest first. */
    public record Listed(PublishedQuestionnaire current, List<PublishedQuestionnaire> earlier) {
    }

    private final QuestionnaireCatalog catalog;
    private final ResponseFlow flow;
    private final PageRenderer renderer;
    private final UiTexts uiTexts;
    private final NoticePage notices;
    private final SignedInStaff signedIn;

    public PreviewResource(QuestionnaireCatalog catalog, ResponseFlow flow, PageRenderer renderer, UiTexts uiTexts,
            NoticePage notices, SignedInStaff signedIn) {
        this.signedIn = signedIn;
        this.catalog = catalog;
        this.flow = flow;
        this.renderer = renderer;
        this.uiTexts = uiTexts;
        this.notices = notices;
    }

    @GET
    public TemplateInstance index() {
        Frame frame = new Frame(uiTexts.in(Language.NL), Language.NL, "Stemmen", "Stemmen", false, null, Language.all());
        List<Listed> listed = catalog.all().stream().map(q -> new Listed(q, catalog.versions(q.id()).stream()
                .filter(v -> v != q.questionnaire().version()).sorted(Comparator.reverseOrder())
                .flatMap(v -> earlier(q.id(), v).stream()).toList())).toList();
        // the publish link for those who may publish (docs/questionnaire-format.md)
        boolean mayPublish = signedIn.ifAny().filter(s -> s.role() != Role.FIELDWORKER).isPresent();
        return Templates.index(frame, listed, catalog.problems(), mayPublish);
    }

    /** An earlier version for the overview; one that no longer loads is left out (its responses still open). */
    private Optional<PublishedQuestionnaire> earlier(String id, int version) {
        try {
            return catalog.find(id, version);
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    /**
     * Without a language: the language choice. With one: a new test response in that language, on
     * {@code version} when given (else the current version).
     */
    @GET
    @Path("preview/{id}")
    public Response preview(@PathParam("id") String id, @QueryParam("lang") String lang,
            @QueryParam("version") Integer version) {
        Optional<PublishedQuestionnaire> published = version == null ? catalog.current(id) : catalog.find(id, version);
        if (published.isEmpty()) {
            return notices.unknownQuestionnaire(lang);
        }
        Optional<Language> language = Optional.ofNullable(lang).flatMap(Language::byCode)
                .filter(published.get().previewLanguages()::contains);
        if (language.isEmpty()) {
            Audience audience = new Audience(published.get().sourceLanguage(), true, published.get().previewLanguages());
            return Response.ok(LanguageChoice.page(renderer.frame(published.get(), audience, null),
                    version == null ? "" : "version=" + version + "&")).build();
        }
        String token = flow.start(published.get(), Entry.preview(), language.get());
        return Response.seeOther(URI.create("/r/" + token)).build();
    }
}
