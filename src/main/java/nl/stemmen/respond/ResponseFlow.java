package nl.stemmen.respond;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import nl.stemmen.language.Language;
import nl.stemmen.catalog.PublishedQuestionnaire;
import nl.stemmen.catalog.QuestionnaireCatalog;
import nl.stemmen.questionnaire.flow.Answer;
import nl.stemmen.questionnaire.flow.Answers;
import nl.stemmen.questionnaire.flow.InputProblem;
import nl.stemmen.questionnaire.flow.PageSubmission;
import nl.stemmen.questionnaire.flow.Routing;
import nl.stemmen.questionnaire.model.Page;
import nl.stemmen.study.Study;
import nl.stemmen.study.SubgroupCells;

/**
 * A respondent's way through a questionnaire: starting a response, opening it by its link, and
 * saving each submitted page at once. Every submit locks its response, so a double tap or a
 * retried request is applied one after the other and lands on the same state.
 */
@ApplicationScoped
public class ResponseFlow {

    /** "today()" and "now()" in expressions are the date and time where the respondents live. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final Logger LOG = Logger.getLogger(ResponseFlow.class);

    private final QuestionnaireCatalog catalog;
    private final Event<ResponseWithdrawn> withdrawals;
    private final RespondentFrame frame;
    private final SubgroupCells cells;
    private final Clock clock = Clock.system(ZONE);

    public ResponseFlow(QuestionnaireCatalog catalog, Event<ResponseWithdrawn> withdrawals, RespondentFrame frame,
            SubgroupCells cells) {
        this.catalog = catalog;
        this.cells = cells;
        this.withdrawals = withdrawals;
        this.frame = frame;
    }

    /** Starts a response and returns the token of its link. Every way in goes through here. */
    @Transactional
    public String start(PublishedQuestionnaire published, Entry entry, Language language) {
        String token = LinkToken.generate();
        start(published, entry, language, token);
        return token;
    }

    /**
     * Starts a response reached by a link the respondent already holds (an invitation's), so that
     * the same link opens it ever after.
     *
     * @return the new response's id
     */
    @Transactional
    public long start(PublishedQuestionnaire published, Entry entry, Language language, String token) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Response response = new Response();
        response.accessHash = LinkToken.hash(token);
        response.questionnaireId = published.id();
        response.questionnaireVersion = published.questionnaire().version();
        response.language = language.code();
        response.channel = entry.channel();
        response.mode = entry.mode();
        response.test = entry.test();
        response.studyId = entry.study();
        response.cellId = entry.cell();
        response.openLinkId = entry.openLink();
        response.helpedBy = entry.helpedBy();
        response.startedAt = now;
        response.updatedAt = now;
        Routing routing = routing(published, language);
        Optional<Page> first = routing.first(routing.withoutIrrelevant(Answers.of(List.of())));
        response.currentPage = first.map(Page::name).orElse(null);
        response.status = first.isPresent() ? ResponseStatus.IN_PROGRESS : ResponseStatus.COMPLETED;
        // a questionnaire where nothing applies is done at once
        response.completedAt = first.isPresent() ? null : now;
        response.firstSavedAt = response.completedAt; // completed is started too, as the monitor counts
        response.persist();
        // no frame cell (an open start, an unbound code): its answers place it, in the all-unknown cell until it completes
        if (response.studyId != null && (response.cellId == null || response.isCompleted())) {
            placeByAnswers(response);
        }
        return response.id;
    }

    /** A study response without a frame person behind it counts in the cell its answers give (design §4); the frame's stays. */
    private void placeByAnswers(Response response) {
        cells.byAnswers(response.studyId, response.id).ifPresent(cell -> response.cellId = cell);
    }

    @Transactional
    public Optional<OpenResponse> open(String token) {
        return Response.byAccessHash(LinkToken.hash(token)).map(this::opened);
    }

    /**
     * A respondent stops: the response and every answer are deleted at once. Who listens to
     * {@link ResponseWithdrawn} (an invitation) marks it first, without the answers.
     *
     * @return the language the response was in, for the page that confirms it; empty for an unknown link
     */
    @Transactional
    public Optional<Language> withdraw(String token) {
        Optional<Response> found = Response.lockedByAccessHash(LinkToken.hash(token));
        found.ifPresent(response -> {
            withdrawals.fire(new ResponseWithdrawn(response.id, response.studyId));
            StoredAnswer.delete("responseId", response.id);
            response.delete();
            LOG.infof("Response %d%s withdrawn by the respondent: answers deleted", response.id,
                    response.studyId == null ? "" : " of study " + response.studyId);
        });
        return found.map(response -> Language.byCode(response.language).orElse(Language.NL));
    }

    /** A response that its respondent withdrew, just before it is deleted. */
    public record ResponseWithdrawn(long response, String study) {
    }

    /**
     * A questionnaire version that is at hand without the database: the current file's, when its
     * version is the one asked for ({@code version} as the form sends it, text).
     */
    public Optional<PublishedQuestionnaire> questionnaireInMemory(String id, String version) {
        return catalog.current(id).filter(p -> String.valueOf(p.questionnaire().version()).equals(version));
    }

    private OpenResponse opened(Response response) {
        PublishedQuestionnaire published = catalog.version(response.questionnaireId, response.questionnaireVersion);
        Answers answers = AnswerRows.answers(StoredAnswer.ofResponse(response.id));
        if (!published.questionnaire().frameAttributes().isEmpty()) {
            answers = answers.withFrame(frame.attributesOf(response));
        }
        Language language = Language.byCode(response.language).orElse(published.sourceLanguage());
        Routing routing = routing(published, language);
        // calculations as of now: a calculate before the first page shown, or of now(), is current on every page
        return new OpenResponse(response, published, routing.withoutIrrelevant(answers), routing, languages(response, published));
    }

    /**
     * The languages a response may switch to: its study's (a landing's filter response: that study's), else (a
     * preview) every one the questionnaire shows.
     */
    private static List<Language> languages(Response response, PublishedQuestionnaire published) {
        String study = response.studyId != null ? response.studyId : response.landingStudyId;
        if (study != null) {
            return Study.<Study>findByIdOptional(study).map(Study::offeredLanguages).orElse(published.liveLanguages());
        }
        return response.test ? published.previewLanguages() : published.liveLanguages();
    }

    /** Routing now, with jr:choice-name() giving labels in the respondent's {@code language}. */
    private Routing routing(PublishedQuestionnaire published, Language language) {
        return new Routing(published.questionnaire(), ZonedDateTime.now(clock), published.choiceLabels(language));
    }

    /**
     * Saves what was submitted on a page and decides where to go. Next saves only a complete page;
     * Back, Continue later and a language switch save every valid answer, so nothing typed is lost by leaving.
     */
    @Transactional
    public SubmitOutcome submit(String token, String pageName, PageAction action, Set<String> shown,
            Map<String, List<String>> form) {
        Optional<Response> locked = Response.lockedByAccessHash(LinkToken.hash(token));
        if (locked.isEmpty()) {
            return new SubmitOutcome.UnknownLink();
        }
        OpenResponse open = opened(locked.get());
        Response response = open.response();
        if (response.isCompleted()) {
            return new SubmitOutcome.Completed();
        }
        Optional<Page> page = open.published().questionnaire().page(pageName).filter(p -> reachable(open, p));
        if (page.isEmpty()) {
            return new SubmitOutcome.ShowPage(response.currentPage, false);
        }
        if (action.language().filter(l -> !open.languages().contains(l)).isPresent()) {
            action = PageAction.language(open.language()); // a language the study does not offer: stay in this one
        }
        Routing routing = open.routing();
        PageSubmission submission = submission(open);
        PageSubmission.Result result = submission.submit(page.get(), open.answers(), shown, form);
        if (action.kind() == PageAction.Kind.NEXT && !result.problems().isEmpty()) {
            return new SubmitOutcome.Invalid(open, pageName, form, result);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        save(open, result.answers(), now);
        response.updatedAt = now;
        if (response.firstSavedAt == null) {
            response.firstSavedAt = now;
        }
        action.language().ifPresent(language -> response.language = language.code());
        // Back and a language switch need no required answer, but what was typed wrongly must come back, not vanish
        PageSubmission.Result typedWrongly = result.withoutRequiredProblems();
        if (!typedWrongly.problems().isEmpty()) {
            response.currentPage = pageName;
            return new SubmitOutcome.Invalid(open, pageName, form, typedWrongly);
        }
        return switch (action.kind()) {
            case LANGUAGE -> stay(response, pageName, false);
            case LATER -> {
                response.currentPage = pageName;
                yield new SubmitOutcome.ContinueLater();
            }
            case BACK -> stay(response,
                    routing.previous(page.get(), result.answers()).map(Page::name).orElse(pageName), false);
            case NEXT -> {
                if (!result.appeared().isEmpty()) {
                    yield stay(response, pageName, true);
                }
                Optional<Page> next = routing.next(page.get(), result.answers());
                Optional<Page> missing = next.isEmpty() ? submission.firstIncomplete(result.answers()) : Optional.empty();
                if (missing.isPresent()) {
                    response.currentPage = missing.get().name();
                    yield new SubmitOutcome.Incomplete(missing.get().name());
                }
                if (next.isEmpty()) {
                    response.status = ResponseStatus.COMPLETED;
                    response.completedAt = now;
                    response.currentPage = null;
                    if (response.studyId != null) {
                        placeByAnswers(response);
                    }
                    yield new SubmitOutcome.Completed();
                }
                yield stay(response, next.get().name(), false);
            }
        };
    }

    /**
     * Whether the respondent may open or submit this page: the current page, an earlier one that
     * still applies, or a later one they answered before (they went Back, then Forward or an old
     * tab) when every page before it is complete. Never a page ahead that was never answered, nor
     * one that routing now skips.
     */
    public boolean reachable(OpenResponse open, Page page) {
        Optional<Page> current = Optional.ofNullable(open.response().currentPage)
                .flatMap(open.published().questionnaire()::page);
        if (current.isEmpty()) {
            return false;
        }
        Routing routing = open.routing();
        if (routing.reachable(page, current.get(), open.answers())) {
            return true;
        }
        var questionnaire = open.published().questionnaire();
        return routing.answeredBefore(page, open.answers()) && submission(open).firstIncomplete(open.answers())
                .map(first -> questionnaire.pageIndex(first.name()) >= questionnaire.pageIndex(page.name())).orElse(true);
    }

    /** What is still missing on a page with the stored answers: required questions left empty, broken constraints. */
    public Map<String, InputProblem> problems(OpenResponse open, Page page) {
        return submission(open).check(page, open.answers());
    }

    private static PageSubmission submission(OpenResponse open) {
        return new PageSubmission(open.routing(), open.language().locale().toLocale());
    }

    private static SubmitOutcome stay(Response response, String page, boolean questionsAdded) {
        response.currentPage = page;
        return new SubmitOutcome.ShowPage(page, questionsAdded);
    }

    /**
     * Writes only what changed: variables whose answer differs from the stored one (read again: the open
     * response's answers hold calculations not stored yet) are deleted and written again.
     */
    private static void save(OpenResponse open, Answers after, OffsetDateTime now) {
        Answers before = AnswerRows.answers(StoredAnswer.ofResponse(open.response().id));
        Set<String> variables = new LinkedHashSet<>();
        before.all().forEach(a -> variables.add(a.variable()));
        after.all().forEach(a -> variables.add(a.variable()));
        List<String> changed = new ArrayList<>();
        List<Answer> written = new ArrayList<>();
        for (String variable : variables) {
            Optional<Answer> old = before.get(variable);
            Optional<Answer> updated = after.get(variable);
            if (old.isPresent() && updated.isPresent() && AnswerRows.sameValue(old.get(), updated.get())) {
                continue;
            }
            changed.add(variable);
            updated.ifPresent(written::add);
        }
        long id = open.response().id;
        StoredAnswer.deleteVariables(id, changed);
        AnswerRows rows = new AnswerRows(open.published().questionnaire());
        written.forEach(a -> rows.rows(id, a, now).forEach(row -> row.persist()));
    }
}
