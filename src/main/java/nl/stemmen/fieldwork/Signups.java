package nl.stemmen.fieldwork;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.stemmen.access.Staff;
import nl.stemmen.language.Language;
import nl.stemmen.questionnaire.flow.Answer;
import nl.stemmen.questionnaire.model.Choice;
import nl.stemmen.respond.Mode;
import nl.stemmen.respond.OpenResponse;
import nl.stemmen.respond.Response;
import nl.stemmen.respond.LinkToken;
import nl.stemmen.study.AnswerCategory;
import nl.stemmen.study.Studies;
import nl.stemmen.study.Study;
import nl.stemmen.study.StudyDefinition;
import nl.stemmen.study.SubgroupCells;

/**
 * Raffle and interview sign-ups, kept apart from the answers with no key that links them.
 *
 * <p>Why a sign-up cannot be tied to a response: the tables hold no response, answer, invitation or token column,
 * only the study, the contact and the day (never the time, which would join them to {@code completed_at}); entry
 * ids are random, so their order does not follow the order of completions. The thank-you page hands out a
 * one-time ticket (its hash stored with study, day and the respondent's subgroup categories, no response id) that
 * proves a completion without saying which (the response only counts how many its page handed out, to cap them); the sign-up form posts to {@code /signup}, an address without the
 * response's token, and both the thank-you page and the sign-up answer carry {@code Referrer-Policy: no-referrer}
 * so the browser does not send the response's address along as a Referer either. Neither request is logged with
 * its address by Stemmen. What stays outside our reach: a proxy's access log with client addresses and times.
 * What remains by design: an interview entry's shared categories with its day could point to a response when only
 * one person of that cell completed that day; the respondent ticks each category knowingly, and leads read answers
 * only through exports with small cells suppressed.
 *
 * <p>Export, draws and deletion are for the study's lead or an admin ({@link Studies#find}) and are logged in
 * {@link SignupLog} with who, when and how many, never the contact data.
 */
@ApplicationScoped
public class Signups {

    private static final Logger LOG = Logger.getLogger(Signups.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    /** Tickets one response's thank-you page hands out: a reload or two still works, endless entries do not. */
    public static final int TICKETS_PER_RESPONSE = 3;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> CATEGORIES = new TypeReference<>() {
    };

    private final Studies studies;
    private final EntityManager entities;
    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();

    public Signups(Studies studies, EntityManager entities, ObjectMapper json) {
        this.studies = studies;
        this.entities = entities;
        this.json = json;
    }

    /**
     * What a thank-you page offers: a fresh ticket (plain, for the form; only its hash is stored) and which offers
     * are on. Empty for a preview, a paper response typed in by staff, a study that offers neither, one whose
     * sign-ups have passed their deletion day, or a response whose page handed out {@link #TICKETS_PER_RESPONSE}
     * already (the response counts them, not which they are).
     */
    @Transactional
    public Optional<Offer> offer(OpenResponse open) {
        Response opened = open.response();
        if (opened.studyId == null || opened.test || opened.mode == Mode.PAPER || !opened.isCompleted()) {
            return Optional.empty();
        }
        Study study = Study.findById(opened.studyId);
        if (study == null || !study.raffle && !study.interviews || expired(study)) {
            return Optional.empty();
        }
        // locked, so two tabs opening the page at once cannot both take the last ticket
        Response response = Response.findById(opened.id, LockModeType.PESSIMISTIC_WRITE);
        if (response == null || response.signupTickets >= TICKETS_PER_RESPONSE) {
            return Optional.empty();
        }
        response.signupTickets++;
        List<StudyDefinition.Dimension> dimensions = dimensions(study);
        String ticket = LinkToken.generate();
        SignupTicket row = new SignupTicket();
        row.ticketHash = LinkToken.hash(ticket);
        row.studyId = study.id;
        row.issuedOn = today();
        row.categories = write(categories(open, response.cellId, dimensions));
        row.persist();
        return Optional.of(new Offer(ticket, study, dimensions));
    }

    /** A thank-you page's offer: its ticket, the study (which offers are on) and its dimensions, in order. */
    public record Offer(String ticket, Study study, List<StudyDefinition.Dimension> dimensions) {
    }

    /** What the respondent typed in the sign-up form; {@code share} names the dimensions they tick. */
    public record Typed(String raffleContact, boolean raffleConsent, String interviewContact, boolean interviewConsent,
            Set<String> share) {

        boolean raffleFilled() {
            return raffleConsent || !blank(raffleContact);
        }

        boolean interviewFilled() {
            return interviewConsent || !blank(interviewContact);
        }
    }

    /** The outcome of a sign-up: done, refused with UI text keys by form field, or a ticket unknown or used. */
    public sealed interface Outcome {
        record Saved() implements Outcome {
        }

        record Invalid(Map<String, String> problems) implements Outcome {
        }

        record UnknownTicket() implements Outcome {
        }
    }

    /** The study a ticket belongs to, to show the form again; empty when the ticket is unknown or used. */
    @Transactional
    public Optional<Offer> offerOf(String ticket) {
        return ticket(ticket).map(t -> Study.<Study>findById(t.studyId)).map(s -> new Offer(ticket, s, dimensions(s)));
    }

    /**
     * Stores a sign-up and uses up its ticket. A contact already entered for the study is not stored twice (and
     * not said so, which would tell that someone else gave it). Problems (UI text keys by field
     * {@code raffle_contact}, {@code raffle_consent}, {@code interview_contact}, {@code interview_consent},
     * {@code form}) store nothing and keep the ticket.
     */
    @Transactional
    public Outcome signUp(String ticket, Typed typed) {
        Optional<SignupTicket> found = ticket(ticket);
        if (found.isEmpty()) {
            return new Outcome.UnknownTicket();
        }
        Study study = Study.findById(found.get().studyId);
        Map<String, String> problems = new LinkedHashMap<>();
        boolean raffle = study.raffle && typed.raffleFilled();
        boolean interview = study.interviews && typed.interviewFilled();
        Optional<String> raffleContact = raffle ? check("raffle", typed.raffleContact(), typed.raffleConsent(), problems) : Optional.empty();
        Optional<String> interviewContact = interview
                ? check("interview", typed.interviewContact(), typed.interviewConsent(), problems) : Optional.empty();
        if (!raffle && !interview) {
            problems.put("form", "signup.error.empty");
        }
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        LocalDate today = today();
        raffleContact.filter(c -> RaffleEntry.count("studyId = ?1 and contact = ?2", study.id, c) == 0).ifPresent(c -> {
            RaffleEntry entry = new RaffleEntry();
            entry.id = newId();
            entry.studyId = study.id;
            entry.contact = c;
            entry.signedUpOn = today;
            entry.persist();
        });
        interviewContact.filter(c -> InterviewEntry.count("studyId = ?1 and contact = ?2", study.id, c) == 0).ifPresent(c -> {
            Map<String, String> categories = read(found.get().categories);
            categories.keySet().retainAll(typed.share());
            InterviewEntry entry = new InterviewEntry();
            entry.id = newId();
            entry.studyId = study.id;
            entry.contact = c;
            entry.shared = write(categories);
            entry.signedUpOn = today;
            entry.persist();
        });
        found.get().delete();
        return new Outcome.Saved();
    }

    private static Optional<String> check(String part, String contact, boolean consent, Map<String, String> problems) {
        if (blank(contact)) {
            problems.put(part + "_contact", "signup.error.contact_missing");
            return Optional.empty();
        }
        Optional<String> normalised = Contact.normalised(contact);
        if (normalised.isEmpty()) {
            problems.put(part + "_contact", "signup.error.contact_invalid");
        }
        if (!consent) {
            problems.put(part + "_consent", "signup.error.consent");
            return Optional.empty();
        }
        return normalised;
    }

    /** One row of an export: entry id, contact, day, and for interviews the shared categories by dimension. */
    public record ExportRow(long id, String contact, LocalDate signedUpOn, Map<String, String> shared) {
    }

    /** A study's sign-ups of one kind, for its lead or an admin, ordered by id; the export is logged (how many). */
    @Transactional
    public Optional<List<ExportRow>> export(Staff staff, String studyId, SignupKind kind) {
        if (studies.find(staff, studyId).isEmpty()) {
            return Optional.empty();
        }
        expireDue();
        List<ExportRow> rows = rows(studyId, kind);
        SignupLog.write(studyId, "export", kind, rows.size(), staff.username());
        return Optional.of(rows);
    }

    /** How many entries of each kind a study holds (no contact data, so not logged); empty when not the caller's. */
    @Transactional
    public Optional<Map<SignupKind, Long>> counts(Staff staff, String studyId) {
        if (studies.find(staff, studyId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Map.of(SignupKind.RAFFLE, RaffleEntry.count("studyId", studyId),
                SignupKind.INTERVIEWS, InterviewEntry.count("studyId", studyId)));
    }

    /** Every entry of a kind as export rows, by id. */
    List<ExportRow> rows(String studyId, SignupKind kind) {
        if (kind == SignupKind.RAFFLE) {
            return RaffleEntry.<RaffleEntry>list("studyId = ?1 order by id", studyId).stream()
                    .map(e -> new ExportRow(e.id, e.contact, e.signedUpOn, Map.of())).toList();
        }
        return InterviewEntry.<InterviewEntry>list("studyId = ?1 order by id", studyId).stream()
                .map(e -> new ExportRow(e.id, e.contact, e.signedUpOn, read(e.shared))).toList();
    }

    /**
     * Deletes a study's sign-ups of one kind (after the draw, after the interviews), and its unused tickets with the
     * last kind; logged. Empty when the caller may not see the study, else how many entries were deleted.
     */
    @Transactional
    public Optional<Integer> delete(Staff staff, String studyId, SignupKind kind) {
        if (studies.find(staff, studyId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(deleteAll(studyId, kind, "delete", staff.username()));
    }

    private int deleteAll(String studyId, SignupKind kind, String action, String actor) {
        long deleted = kind == SignupKind.RAFFLE ? RaffleEntry.delete("studyId", studyId) : InterviewEntry.delete("studyId", studyId);
        if (RaffleEntry.count("studyId", studyId) == 0 && InterviewEntry.count("studyId", studyId) == 0) {
            SignupTicket.delete("studyId", studyId);
        }
        SignupLog.write(studyId, action, kind, (int) deleted, actor);
        LOG.infof("%s sign-ups of study %s: %d %s by %s", action, studyId, deleted, kind.apiName(), actor);
        return (int) deleted;
    }

    /**
     * Deletes the sign-ups and tickets of every study whose {@code signups_delete_after} day has passed, logged as
     * {@code expire} by {@code system}; a study with nothing left is not logged again. Returns how many studies.
     */
    @Transactional
    public int expireDue() {
        List<Study> due = Study.list("signupsDeleteAfter < ?1", today());
        int studiesCleared = 0;
        for (Study study : due) {
            boolean any = false;
            for (SignupKind kind : SignupKind.values()) {
                long count = kind == SignupKind.RAFFLE ? RaffleEntry.count("studyId", study.id) : InterviewEntry.count("studyId", study.id);
                if (count > 0) {
                    deleteAll(study.id, kind, "expire", "system");
                    any = true;
                }
            }
            SignupTicket.delete("studyId", study.id);
            studiesCleared += any ? 1 : 0;
        }
        return studiesCleared;
    }

    /** The study's action log on sign-ups, for its lead or an admin. */
    @Transactional
    public Optional<List<SignupLog>> log(Staff staff, String studyId) {
        return studies.find(staff, studyId).map(s -> SignupLog.ofStudy(studyId));
    }

    /** A problem with consent texts sent: the JSON field ({@code raffle.ar}) and why. */
    public record Problem(String field, String reason) {
    }

    /**
     * A study's own consent texts, {@code {"raffle": {"nl": "…"}, "interviews": {…}}} (only languages that have
     * one); empty when the caller may not see the study.
     */
    @Transactional
    public Optional<Map<String, Map<String, String>>> consentTexts(Staff staff, String studyId) {
        if (studies.find(staff, studyId).isEmpty()) {
            return Optional.empty();
        }
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        for (SignupKind kind : SignupKind.values()) {
            Map<String, String> byLanguage = new LinkedHashMap<>();
            SignupConsent.<SignupConsent>list("studyId = ?1 and kind = ?2 order by language", studyId, kind.apiName())
                    .forEach(c -> byLanguage.put(c.language, c.text));
            texts.put(kind.apiName(), byLanguage);
        }
        return Optional.of(texts);
    }

    /**
     * Replaces a study's own consent texts with {@code texts} (same shape as {@link #consentTexts}; a kind or
     * language left out shows the default text). Empty when the caller may not see the study; else every problem
     * (then nothing is changed): an unknown kind or language, a blank text, one over 2000 characters.
     */
    @Transactional
    public Optional<List<Problem>> replaceConsentTexts(Staff staff, String studyId, Map<String, Map<String, String>> texts) {
        if (studies.find(staff, studyId).isEmpty()) {
            return Optional.empty();
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Map<String, String>> given = texts == null ? Map.of() : texts;
        given.forEach((kind, byLanguage) -> {
            if (SignupKind.byApiName(kind).isEmpty()) {
                problems.add(new Problem(kind, "not an offer: raffle or interviews"));
                return;
            }
            (byLanguage == null ? Map.<String, String>of() : byLanguage).forEach((language, text) -> {
                String field = kind + "." + language;
                if (Language.byCode(language).isEmpty()) {
                    problems.add(new Problem(field, "not one of Stemmen's languages: nl, en, ar, tr, fa, ti"));
                } else if (text == null || text.isBlank()) {
                    problems.add(new Problem(field, "the consent text is empty; leave the language out for the default"));
                } else if (text.length() > 2000) {
                    problems.add(new Problem(field, "longer than 2000 characters"));
                }
            });
        });
        if (problems.isEmpty()) {
            SignupConsent.delete("studyId", studyId);
            given.forEach((kind, byLanguage) -> (byLanguage == null ? Map.<String, String>of() : byLanguage).forEach((language, text) -> {
                SignupConsent consent = new SignupConsent();
                consent.studyId = studyId;
                consent.kind = kind;
                consent.language = language;
                consent.text = text.strip();
                consent.persist();
            }));
        }
        return Optional.of(problems);
    }

    /** The study's own consent text for an offer in a language, if it set one. */
    @Transactional
    public Optional<String> consentText(String studyId, SignupKind kind, Language language) {
        return SignupConsent.<SignupConsent>find("studyId = ?1 and kind = ?2 and language = ?3", studyId, kind.apiName(),
                language.code()).firstResultOptional().map(c -> c.text);
    }

    static boolean expired(Study study) {
        return study.signupsDeleteAfter != null && study.signupsDeleteAfter.isBefore(today());
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    private Optional<SignupTicket> ticket(String ticket) {
        return blank(ticket) || ticket.length() > 100 ? Optional.empty()
                : Optional.ofNullable(SignupTicket.<SignupTicket>findById(LinkToken.hash(ticket)));
    }

    /**
     * The respondent's category of each dimension: the frame's (their response's subgroup cell), else the
     * {@link AnswerCategory} of their answer to the dimension's question (design §4).
     */
    private Map<String, String> categories(OpenResponse open, Long cellId, List<StudyDefinition.Dimension> dimensions) {
        List<String> cell = List.of();
        if (cellId != null) {
            List<?> found = entities.createNativeQuery("select categories from study_cell where id = ?1")
                    .setParameter(1, cellId).getResultList();
            cell = found.isEmpty() ? List.of() : readList((String) found.get(0));
        }
        Map<String, String> categories = new LinkedHashMap<>();
        for (int i = 0; i < dimensions.size(); i++) {
            StudyDefinition.Dimension dimension = dimensions.get(i);
            String category = i < cell.size() ? cell.get(i) : SubgroupCells.UNKNOWN;
            if (SubgroupCells.UNKNOWN.equals(category) && dimension.question() != null) {
                String question = dimension.question();
                String choice = open.answers().get(question).filter(Answer::isAnswered)
                        .filter(a -> a.choices().size() == 1).map(a -> a.choices().get(0)).orElse(null);
                boolean missing = open.published().questionnaire().questions()
                        .filter(q -> q.name().equals(question) && q.choices() != null).findFirst()
                        .flatMap(q -> q.choices().choice(choice)).map(Choice::missing).orElse(false);
                category = AnswerCategory.of(dimension, choice, missing);
            }
            categories.put(dimension.name(), category);
        }
        return categories;
    }

    private List<StudyDefinition.Dimension> dimensions(Study study) {
        try {
            return json.readValue(study.dimensions, new TypeReference<List<StudyDefinition.Dimension>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("study " + study.id + " holds unreadable dimensions", e);
        }
    }

    private long newId() {
        return random.nextLong(1, Long.MAX_VALUE);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    Map<String, String> read(String categories) {
        try {
            return new LinkedHashMap<>(json.readValue(categories, CATEGORIES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable categories", e);
        }
    }

    private List<String> readList(String categories) {
        try {
            return new ArrayList<>(json.readValue(categories, STRINGS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable cell categories", e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
