package nl.stemmen.landing;

import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.stemmen.catalog.PublishedQuestionnaire;
import nl.stemmen.catalog.QuestionnaireCatalog;
import nl.stemmen.language.Language;
import nl.stemmen.questionnaire.expression.Expression;
import nl.stemmen.questionnaire.expression.ExpressionSyntaxException;
import nl.stemmen.questionnaire.expression.Value;
import nl.stemmen.questionnaire.flow.Answers;
import nl.stemmen.questionnaire.flow.Routing;
import nl.stemmen.respond.Entry;
import nl.stemmen.respond.LinkToken;
import nl.stemmen.respond.OpenResponse;
import nl.stemmen.respond.Response;
import nl.stemmen.respond.ResponseFlow;
import nl.stemmen.respond.StoredAnswer;
import nl.stemmen.respond.view.PageRenderer;
import nl.stemmen.study.Studies;
import nl.stemmen.study.Study;
import nl.stemmen.study.StudyDefinition;

/**
 * Sends a person who arrives at a study on to the right questionnaire (issue 16). With a landing, they first
 * answer its filter questions as a response of their own (study_id null, so it never counts as the study's); when
 * those are done, the first route whose {@code when} holds picks the questionnaire, and the filter response is
 * replaced by a response of that questionnaire under the same link, which keeps the route and the filter answers.
 * The landing page ({@code /l/<study>}) and a flyer's open link ({@code /f/<code>}) both come in through
 * {@link #route(String, Entry, Language)}.
 */
@ApplicationScoped
public class StudyLanding {

    private static final Logger LOG = Logger.getLogger(StudyLanding.class);

    /** The route index of those no route takes: the study's own questionnaire. */
    public static final int OWN_QUESTIONNAIRE = -1;

    private final ResponseFlow flow;
    private final QuestionnaireCatalog catalog;
    private final Studies studies;
    private final ObjectMapper json;

    public StudyLanding(ResponseFlow flow, QuestionnaireCatalog catalog, Studies studies, ObjectMapper json) {
        this.flow = flow;
        this.catalog = catalog;
        this.studies = studies;
        this.json = json;
    }

    /**
     * A person arrives at study {@code studyId} by {@code entry} (the landing page's {@link Entry#landing(String)}, a
     * flyer's entry …) wanting to answer in {@code language}: starts their response and gives its link token, to send
     * them to {@code /r/<token>}. With a landing, the response holds the filter questions first; at their end
     * ({@link #next(String)}) the person goes on, under the same link, to a new response of the routed questionnaire
     * with {@code entry}'s channel, mode and everything else it carries. Without a landing, the response is of the
     * study's own questionnaire at once.
     *
     * @param entry    how the person came; its {@code study} must be {@code studyId}
     * @param language wanted; a language the study does not offer becomes the study's first
     * @return the link token of the new response; empty when no such study exists
     */
    @Transactional
    public Optional<String> route(String studyId, Entry entry, Language language) {
        Optional<Study> found = Study.findByIdOptional(studyId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Study study = found.get();
        List<Language> offered = study.offeredLanguages();
        Language shown = offered.contains(language) || offered.isEmpty() ? language : offered.get(0);
        StudyDefinition.Landing landing = studies.landing(study);
        Optional<PublishedQuestionnaire> filterQuestionnaire = landing == null ? Optional.empty()
                : catalog.current(landing.questionnaire());
        if (filterQuestionnaire.isEmpty()) {
            if (landing != null) {
                LOG.warnf("Study %s: filter questionnaire '%s' is not loaded; sent to the study's own questionnaire",
                        studyId, landing.questionnaire());
            }
            return Optional.of(flow.start(catalog.version(study.questionnaireId, study.questionnaireVersion), entry, shown));
        }
        PublishedQuestionnaire filter = filterQuestionnaire.get();
        String token = LinkToken.generate();
        // the filter response counts for no study nor flyer: the routed response will, with the entry kept here
        long id = flow.start(filter, new Entry(entry.channel(), entry.mode(), entry.test(), null, null, null, entry.helpedBy()),
                shown, token);
        Response response = Response.findById(id);
        response.landingStudyId = studyId;
        response.landingEntry = write(entry);
        return Optional.of(token);
    }

    /**
     * The filter questions under link {@code token} are done: replaces that filter response by a new response of the
     * routed questionnaire under the same link, in the language the person last chose, with the route taken and the
     * filter answers. Nothing happens for a link that holds no completed filter response (already routed, not done
     * yet, unknown), so calling it twice is harmless; either way {@code /r/<token>} is where the person goes next.
     *
     * @return the route taken (index in the landing's routes, {@link #OWN_QUESTIONNAIRE} for the study's own), when routed now
     */
    @Transactional
    public Optional<Integer> next(String token) {
        Optional<Response> locked = Response.lockedByAccessHash(LinkToken.hash(token));
        if (locked.isEmpty() || locked.get().landingStudyId == null || !locked.get().isCompleted()) {
            return Optional.empty();
        }
        Response filter = locked.get();
        Study study = Study.findById(filter.landingStudyId);
        OpenResponse open = flow.open(token).orElseThrow();
        Answers answers = open.answers();
        StudyDefinition.Landing landing = studies.landing(study);
        int route = chosen(landing, answers, open.routing());
        PublishedQuestionnaire routed = route == OWN_QUESTIONNAIRE ? null
                : catalog.current(landing.routes().get(route).questionnaire()).orElse(null);
        if (routed == null) {
            if (route != OWN_QUESTIONNAIRE) {
                LOG.warnf("Study %s: route %d leads to questionnaire '%s', which is not loaded; sent to the study's own",
                        study.id, route, landing.routes().get(route).questionnaire());
            }
            route = OWN_QUESTIONNAIRE;
            routed = catalog.version(study.questionnaireId, study.questionnaireVersion);
        }
        Entry entry = read(filter.landingEntry);
        Language language = open.language();
        String filterAnswers = write(PageRenderer.formValues(answers.all()));
        StoredAnswer.delete("responseId", filter.id);
        filter.delete();
        Response.flush(); // the link's hash is unique: the filter response must be gone before the routed one is stored
        Response response = Response.findById(flow.start(routed, entry, language, token));
        response.landingRoute = route;
        response.landingAnswers = filterAnswers;
        return Optional.of(route);
    }

    /** The index of the first route whose condition holds for {@code answers}; {@link #OWN_QUESTIONNAIRE} when none. */
    static int chosen(StudyDefinition.Landing landing, Answers answers, Routing routing) {
        List<StudyDefinition.Route> routes = landing.routes() == null ? List.of() : landing.routes();
        for (int i = 0; i < routes.size(); i++) {
            try {
                if (Expression.parse(routes.get(i).when()).isTrue(routing.context(answers, Value.EMPTY))) {
                    return i;
                }
            } catch (ExpressionSyntaxException e) {
                // checked when the study was saved; a route that no longer parses takes nobody
                LOG.warnf("A landing route '%s' does not parse: %s", routes.get(i).when(), e.getMessage());
            }
        }
        return OWN_QUESTIONNAIRE;
    }

    /** The study's page texts: what the landing page shows; empty when there is no such study or it has no landing. */
    @Transactional
    public Optional<LandingPage> page(String studyId) {
        return Study.<Study>findByIdOptional(studyId).filter(s -> s.landing != null)
                .map(s -> new LandingPage(s.id, s.name, s.organisation, s.contactEmail, s.offeredLanguages()));
    }

    /**
     * What the landing page says about its study.
     *
     * @param contactEmail where people write with questions; null when the lead gave none
     * @param languages    the study's languages, in the lead's order
     */
    public record LandingPage(String studyId, String name, String organisation, String contactEmail,
            List<Language> languages) {
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Entry read(String entry) {
        try {
            return json.readValue(entry, Entry.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a filter response holds an unreadable entry", e);
        }
    }
}
