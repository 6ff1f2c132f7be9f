package nl.stemmen.fieldwork;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.stemmen.access.Accounts;
import nl.stemmen.access.Role;
import nl.stemmen.access.Staff;
import nl.stemmen.api.UnreadableJsonMapper.Problem;
import nl.stemmen.invite.InvitationKeys;
import nl.stemmen.invite.Invitations;
import nl.stemmen.language.Language;
import nl.stemmen.language.UiTexts;
import nl.stemmen.study.Studies;
import nl.stemmen.study.Study;

/**
 * Flyers and group sessions (issue 16, design §4 and §6): making them, finding one by its code, listing
 * them with their opens, starts and completes, and the text to share a flyer by WhatsApp or Signal.
 * Codes are {@value #CODE_LENGTH} characters of {@link InvitationKeys#CODE_ALPHABET} (no look-alikes),
 * derived from a seed with the server key, so the database alone yields none.
 */
@ApplicationScoped
public class OpenLinks {

    /** Short enough to type from a flyer or a projected screen; 31^6 ≈ 887 million codes. */
    public static final int CODE_LENGTH = 6;
    /** The purpose the codes are derived for, apart from invitations' codes. */
    static final String PURPOSE = "open";
    /** Fieldwork days are Dutch calendar days. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Set<String> PLACES = Set.of("location", "event", "partner", "fieldworker");
    private static final Logger LOG = Logger.getLogger(OpenLinks.class);

    private final Studies studies;
    private final InvitationKeys keys;
    private final UiTexts texts;
    private final EntityManager entities;
    private final Accounts accounts;

    public OpenLinks(Studies studies, Invitations invitations, UiTexts texts, EntityManager entities, Accounts accounts) {
        this.studies = studies;
        this.accounts = accounts;
        this.keys = invitations.keys();
        this.texts = texts;
        this.entities = entities;
    }

    /**
     * What a lead says of a new flyer or session (sessions use the label only).
     *
     * @param place location, event, partner or fieldworker (the API's {@code kind}); null when not said
     * @param ends the last day it starts responses; null: no end
     * @param maxCompletes completes after which it starts no more, 1 or more; null: no maximum
     */
    public record Definition(String label, String fieldworker, String partner, String place, LocalDate ends,
            Integer maxCompletes) {
    }

    /** A new open link: its code as printed and its whole address ({@code <base>f/<code>} or {@code g/<code>}). */
    public record Created(String code, String link) {
    }

    /** The link made, or every problem with the definition (then nothing is stored). */
    public record Outcome(Optional<Created> created, List<Problem> problems) {
    }

    /** Opens, starts (a page saved) and completes (not excluded), of test responses none. */
    public record Counts(int opens, int starts, int completes) {
    }

    /** A flyer or session as listed, with its counts in total and today (Dutch day). */
    public record Listed(String code, String link, @JsonProperty("study") String studyId, String label, String fieldworker,
            String partner, String kind, LocalDate ends, @JsonProperty("max_completes") Integer maxCompletes,
            int opens, int starts, int completes, Counts today) {
    }

    /** The texts to share a flyer by, one per study language, each with the link that shows its page in that language. */
    public record Share(String code, String link, Map<String, String> texts) {
    }

    /**
     * Makes a flyer or session for the study.
     *
     * @param base the public address Stemmen is reached at, ending in '/'
     * @return empty when {@code staff} may not see the study (only its lead and admins may)
     */
    @Transactional
    public Optional<Outcome> create(Staff staff, String studyId, OpenLinkKind kind, Definition definition, String base) {
        if (studies.find(staff, studyId).isEmpty()) {
            return Optional.empty();
        }
        List<Problem> problems = problems(kind, definition);
        if (!problems.isEmpty()) {
            return Optional.of(new Outcome(Optional.empty(), problems));
        }
        OpenLink link = new OpenLink();
        link.studyId = studyId;
        link.kind = kind.code();
        link.label = definition.label().strip();
        link.fieldworker = blankToNull(definition.fieldworker());
        link.partner = blankToNull(definition.partner());
        link.place = definition.place();
        link.ends = definition.ends();
        link.maxCompletes = definition.maxCompletes();
        String code;
        do { // a second code with the same hash is all but impossible, but would open the wrong study
            link.seed = InvitationKeys.newSeed();
            code = code(link);
            link.codeHash = keys.codeHash(PURPOSE, code);
        } while (OpenLink.byCodeHash(link.codeHash).isPresent());
        link.createdAt = OffsetDateTime.now(ZONE);
        link.createdBy = staff.username();
        link.persist();
        LOG.infof("Study %s: %s %d made by %s", studyId, kind.code(), link.id, staff.username());
        return Optional.of(new Outcome(Optional.of(new Created(code, address(base, link))), List.of()));
    }

    private List<Problem> problems(OpenLinkKind kind, Definition d) {
        List<Problem> problems = new ArrayList<>();
        if (d == null || d.label() == null || d.label().isBlank()) {
            problems.add(new Problem("label", "required: what the " + kind.code() + " is, e.g. 'Bibliotheek Centrum'"));
            return problems;
        }
        text(problems, "label", d.label(), 200);
        text(problems, "fieldworker", d.fieldworker(), 64);
        String fieldworker = blankToNull(d.fieldworker());
        // the flyer's counts and its study's lagging cells go to whoever holds this name: only a known fieldworker
        if (fieldworker != null && accounts.knowsStaff() && !accounts.hasRole(fieldworker, Role.FIELDWORKER)) {
            problems.add(new Problem("fieldworker", "'" + fieldworker + "' is no account with the role fieldworker"));
        }
        text(problems, "partner", d.partner(), 200);
        if (d.place() != null && !PLACES.contains(d.place())) {
            problems.add(new Problem("kind", "one of location, event, partner, fieldworker, not '" + d.place() + "'"));
        }
        if (d.maxCompletes() != null && d.maxCompletes() < 1) {
            problems.add(new Problem("max_completes", "a number of completes, 1 or more"));
        }
        return problems;
    }

    private static void text(List<Problem> problems, String field, String value, int maxLength) {
        if (value == null) {
            return;
        }
        if (value.strip().length() > maxLength) {
            problems.add(new Problem(field, "longer than " + maxLength + " characters"));
        } else if (value.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(new Problem(field, "holds a control character (such as a line break)"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The open link of a code as typed (any case, spaces or dashes), when it is one of this kind. */
    @Transactional
    public Optional<OpenLink> find(OpenLinkKind kind, String typed) {
        return InvitationKeys.normalizeCode(typed, CODE_LENGTH)
                .flatMap(code -> OpenLink.byCodeHash(keys.codeHash(PURPOSE, code)))
                .filter(link -> link.openKind() == kind);
    }

    /** The code of a stored link, as printed: {@value #CODE_LENGTH} characters. */
    public String code(OpenLink link) {
        return keys.code(PURPOSE, link.seed, CODE_LENGTH);
    }

    /** The whole address of a link: {@code <base>f/<code>} or {@code <base>g/<code>}. */
    public String address(String base, OpenLink link) {
        return base + link.openKind().path() + "/" + code(link);
    }

    /**
     * The study's flyers or sessions, oldest first, with their counts.
     *
     * @param base the public address Stemmen is reached at, ending in '/'
     * @return empty when {@code staff} may not see the study
     */
    @Transactional
    public Optional<List<Listed>> list(Staff staff, String studyId, OpenLinkKind kind, String base) {
        if (studies.find(staff, studyId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(listed("l.study_id = ? and l.kind = ?", List.of(studyId, kind.code()), base));
    }

    /** Every flyer that names {@code fieldworker} as theirs, by study and then oldest first, with their counts. */
    @Transactional
    public List<Listed> ofFieldworker(String fieldworker, String base) {
        return listed("l.fieldworker = ? and l.kind = ?", List.of(fieldworker, OpenLinkKind.FLYER.code()), base);
    }

    /** A person opened the link's page now: one more open (today's and in total). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(OpenLink link) {
        entities.createNativeQuery("insert into open_link_open (open_link_id, opened_at) values (?1, ?2)")
                .setParameter(1, link.id).setParameter(2, OffsetDateTime.now(ZONE)).executeUpdate();
    }

    /** Opens, starts and completes of one link, in total. */
    @Transactional
    public Counts counts(OpenLink link) {
        List<Listed> one = listed("l.id = ?", List.of(link.id), "");
        return new Counts(one.get(0).opens(), one.get(0).starts(), one.get(0).completes());
    }

    private List<Listed> listed(String where, List<Object> parameters, String base) {
        Timestamp today = Timestamp.from(LocalDate.now(ZONE).atStartOfDay(ZONE).toInstant());
        String responses = "select count(*) from response r where r.open_link_id = l.id and not r.test and ";
        String started = responses + "r.first_saved_at is not null";
        String completed = responses + "r.completed_at is not null and r.excluded_at is null";
        List<Listed> listed = new ArrayList<>();
        entities.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select l.id, l.seed, l.kind, l.study_id, l.label, "
                    + "l.fieldworker, l.partner, l.place, l.ends, l.max_completes, "
                    + "(select count(*) from open_link_open o where o.open_link_id = l.id), "
                    + "(select count(*) from open_link_open o where o.open_link_id = l.id and o.opened_at >= ?), "
                    + "(" + started + "), (" + started + " and r.first_saved_at >= ?), "
                    + "(" + completed + "), (" + completed + " and r.completed_at >= ?) "
                    + "from open_link l where " + where + " order by l.study_id, l.id")) {
                select.setTimestamp(1, today);
                select.setTimestamp(2, today);
                select.setTimestamp(3, today);
                for (int i = 0; i < parameters.size(); i++) {
                    select.setObject(4 + i, parameters.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        OpenLink link = new OpenLink();
                        link.seed = rows.getString(2);
                        link.kind = rows.getString(3);
                        String code = code(link);
                        listed.add(new Listed(code, base + link.openKind().path() + "/" + code, rows.getString(4),
                                rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                                rows.getObject(9, LocalDate.class), (Integer) rows.getObject(10, Integer.class),
                                rows.getInt(11), rows.getInt(13), rows.getInt(15),
                                new Counts(rows.getInt(12), rows.getInt(14), rows.getInt(16))));
                    }
                }
            }
        });
        return listed;
    }

    /**
     * A flyer's text to share by WhatsApp or Signal in each of the study's languages (UI text
     * {@code flyer.share}), each linking to the flyer's page in that language ({@code ?hl=<language>}).
     *
     * @return empty when {@code staff} may not see the study or it has no such flyer
     */
    @Transactional
    public Optional<Share> share(Staff staff, String studyId, String typedCode, String base) {
        if (studies.find(staff, studyId).isEmpty()) {
            return Optional.empty();
        }
        return find(OpenLinkKind.FLYER, typedCode).filter(link -> link.studyId.equals(studyId)).map(link -> {
            String address = address(base, link);
            Map<String, String> shared = new LinkedHashMap<>();
            for (Language language : Study.<Study>findById(studyId).offeredLanguages()) {
                shared.put(language.code(), texts.in(language).plain("flyer.share")
                        .replace("{link}", address + "?hl=" + language.code()));
            }
            return new Share(code(link), address, shared);
        });
    }

    /**
     * What a printed flyer shows: its code and whole link, the study's name, organisation and contact e-mail (null
     * when it has none), and the study's languages in its order.
     */
    public record Printable(String code, String link, String studyName, String organisation, String contactEmail,
            List<Language> languages) {
    }

    /**
     * A flyer as printed; taking it is logged.
     *
     * @param base the public address Stemmen is reached at, ending in '/'
     * @return empty when {@code staff} may not see the study or it has no such flyer
     */
    @Transactional
    public Optional<Printable> printable(Staff staff, String studyId, String typedCode, String base) {
        if (studies.find(staff, studyId).isEmpty()) {
            return Optional.empty();
        }
        return find(OpenLinkKind.FLYER, typedCode).filter(link -> link.studyId.equals(studyId)).map(link -> {
            Study study = Study.findById(studyId);
            LOG.infof("Study %s: flyer %s printed by %s", studyId, code(link), staff.username());
            return new Printable(code(link), address(base, link), study.name, study.organisation, study.contactEmail,
                    study.offeredLanguages());
        });
    }

    /**
     * Whether {@code staff} may start responses for the study on their own device: its lead and admins,
     * and a fieldworker with a flyer of the study.
     */
    @Transactional
    public boolean mayHelpIn(Staff staff, String studyId) {
        if (staff.role() == Role.FIELDWORKER) {
            return OpenLink.count("studyId = ?1 and fieldworker = ?2", studyId, staff.username()) > 0;
        }
        return studies.find(staff, studyId).isPresent();
    }
}
