package nl.stemmen.fieldwork;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.stemmen.access.Role;
import nl.stemmen.access.Staff;
import nl.stemmen.api.UnreadableJsonMapper.Problem;
import nl.stemmen.catalog.PublishedQuestionnaire;
import nl.stemmen.catalog.QuestionnaireCatalog;
import nl.stemmen.landing.StudyLanding;
import nl.stemmen.language.Language;
import nl.stemmen.respond.Channel;
import nl.stemmen.respond.Entry;
import nl.stemmen.respond.LinkToken;
import nl.stemmen.respond.Mode;
import nl.stemmen.respond.Response;
import nl.stemmen.study.Study;

/**
 * The one place that decides how an open start happens (issue 16): someone opening a flyer
 * ({@code /f/<code>}) or a group session ({@code /g/<code>}) on their phone, and a signed-in fieldworker or
 * lead starting a response for someone on their own device (mode assisted). Each start records the link
 * (and through it partner and fieldworker) and who helped; a link past its end date or its maximum of
 * completes starts nothing, and a phone that completed a response of the link is asked before a second.
 */
@ApplicationScoped
public class OpenStart {

    private static final Logger LOG = Logger.getLogger(OpenStart.class);
    /** Link previewers (WhatsApp, Telegram, Facebook, X, Slack, search engines) fetch the page: no person opened it. */
    private static final List<String> PREVIEWERS = List.of("whatsapp", "facebookexternalhit", "telegrambot", "twitterbot",
            "slackbot", "linkedinbot", "discordbot", "skypeuripreview", "googlebot", "bingbot");

    private final OpenLinks links;
    private final QuestionnaireCatalog catalog;
    private final StudyLanding landing;

    public OpenStart(OpenLinks links, QuestionnaireCatalog catalog, StudyLanding landing) {
        this.links = links;
        this.catalog = catalog;
        this.landing = landing;
    }

    /** What opening an open link leads to. */
    public sealed interface Visit {
        /** No flyer or session has this code. */
        record Unknown() implements Visit {
        }

        /** Past its end date ({@code flyer.ended}) or its maximum of completes ({@code flyer.full}): the UI text key says which. */
        record Closed(String reasonKey) implements Visit {
        }

        /** This phone's response of the link, not completed yet: go on with it at {@code /r/<token>}. */
        record Continue(String token) implements Visit {
        }

        /** This phone completed a response of the link: ask before starting one for someone else. */
        record AlreadyDone(PublishedQuestionnaire questionnaire, List<Language> languages, Language language) implements Visit {
        }

        /** The link's page: which language? Choosing one starts the response. */
        record ChooseLanguage(PublishedQuestionnaire questionnaire, List<Language> languages) implements Visit {
        }

        /** A new response at {@code /r/<token>}; the phone keeps the token to find it again. */
        record Started(String token) implements Visit {
        }
    }

    /**
     * Someone opens an open link on their phone.
     *
     * @param phoneToken the response token this phone keeps for the link (a cookie), if any
     * @param chosen the language chosen on the link's page; empty: show the page
     * @param userAgent the browser's User-Agent, to leave link previewers out of the opens
     */
    @Transactional
    public Visit visit(OpenLinkKind kind, String code, Optional<String> phoneToken, Optional<Language> chosen, String userAgent) {
        Optional<OpenLink> found = links.find(kind, code);
        if (found.isEmpty()) {
            return new Visit.Unknown();
        }
        OpenLink link = found.get();
        Study study = Study.findById(link.studyId);
        PublishedQuestionnaire published = catalog.version(study.questionnaireId, study.questionnaireVersion);
        Optional<Response> earlier = phoneToken.flatMap(token -> Response.byAccessHash(LinkToken.hash(token)))
                .filter(response -> link.id.equals(response.openLinkId));
        if (earlier.isPresent() && !earlier.get().isCompleted()) {
            return new Visit.Continue(phoneToken.get());
        }
        if (earlier.isPresent()) {
            return new Visit.AlreadyDone(published, study.offeredLanguages(),
                    Language.byCode(earlier.get().language).orElse(published.sourceLanguage()));
        }
        Optional<String> closed = closed(link);
        if (closed.isPresent()) {
            return new Visit.Closed(closed.get());
        }
        Optional<Language> language = chosen.filter(study.offeredLanguages()::contains);
        if (language.isEmpty()) {
            if (!isLinkPreviewer(userAgent)) {
                links.opened(link);
            }
            return new Visit.ChooseLanguage(published, study.offeredLanguages());
        }
        return new Visit.Started(start(study, Optional.of(link), Mode.SELF, null, language.get()));
    }

    /** What a staff member's assisted start leads to. */
    public sealed interface Assisted {
        /** The response to fill in together at {@code /r/<token>}. */
        record Started(String token) implements Assisted {
        }

        /** The staff member may not start responses for this study, or it has no such flyer. */
        record NotFound() implements Assisted {
        }

        /** A start that does not fit: assisted mode is off, the language not offered, the flyer closed. */
        record Refused(Problem problem) implements Assisted {
        }
    }

    /**
     * A signed-in fieldworker or lead starts a response for someone beside them, on their own device
     * (mode assisted, recording who helped), unless the study switched assisted mode off.
     *
     * @param flyerCode the flyer it counts for (a fieldworker may name only their own); empty: none (channel in person)
     */
    @Transactional
    public Assisted assisted(Staff staff, String studyId, Optional<String> flyerCode, String languageCode) {
        if (!links.mayHelpIn(staff, studyId)) {
            return new Assisted.NotFound();
        }
        Optional<OpenLink> flyer = Optional.empty();
        if (flyerCode.isPresent()) {
            flyer = links.find(OpenLinkKind.FLYER, flyerCode.get()).filter(link -> link.studyId.equals(studyId))
                    .filter(link -> staff.role() != Role.FIELDWORKER || staff.username().equals(link.fieldworker));
            if (flyer.isEmpty()) {
                return new Assisted.NotFound();
            }
        }
        Study study = Study.findById(studyId);
        if (!study.assisted) {
            return new Assisted.Refused(new Problem("assisted", "this study does not allow assisted starts (its setting assisted is false)"));
        }
        Optional<Language> language = Optional.ofNullable(languageCode).flatMap(Language::byCode).filter(study.offeredLanguages()::contains);
        if (language.isEmpty()) {
            return new Assisted.Refused(new Problem("language", "one of the study's languages: " + String.join(", ",
                    study.offeredLanguages().stream().map(Language::code).toList())));
        }
        Optional<String> closed = flyer.flatMap(this::closed);
        if (closed.isPresent()) {
            return new Assisted.Refused(new Problem("flyer", closed.get().equals("flyer.ended") ? "the flyer's end date has passed"
                    : "the flyer has reached its maximum of completes"));
        }
        return new Assisted.Started(start(study, flyer, Mode.ASSISTED, staff.username(), language.get()));
    }

    /** Why the link starts nothing now (the UI text key of the reason), or empty when it is open. */
    private Optional<String> closed(OpenLink link) {
        if (link.ends != null && LocalDate.now(OpenLinks.ZONE).isAfter(link.ends)) {
            return Optional.of("flyer.ended");
        }
        if (link.maxCompletes != null && links.counts(link).completes() >= link.maxCompletes) {
            return Optional.of("flyer.full");
        }
        return Optional.empty();
    }

    /**
     * Every open start goes through here: the link (if any) decides the channel, the helper the mode; a study with a
     * landing (issue 16) asks its filter questions first, and routes on to the right questionnaire with this entry.
     */
    private String start(Study study, Optional<OpenLink> link, Mode mode, String helper, Language language) {
        Channel channel = link.map(l -> l.openKind().channel()).orElse(Channel.IN_PERSON);
        String token = landing.route(study.id, Entry.open(channel, mode, study.id, link.map(l -> l.id).orElse(null), helper),
                language).orElseThrow();
        LOG.debugf("Study %s: open start by %s, mode %s%s", study.id, channel, mode, helper == null ? "" : ", helped by " + helper);
        return token;
    }

    /** Whether a User-Agent is a link previewer's rather than a person's browser. */
    static boolean isLinkPreviewer(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        return PREVIEWERS.stream().anyMatch(agent::contains);
    }
}
