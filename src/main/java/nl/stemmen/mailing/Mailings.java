package nl.stemmen.mailing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import nl.stemmen.access.Staff;
import nl.stemmen.api.UnreadableJsonMapper.Problem;
import nl.stemmen.invite.Batches;
import nl.stemmen.invite.Invitations;
import nl.stemmen.language.Language;
import nl.stemmen.language.UiTexts;
import nl.stemmen.mailing.letter.Letter;
import nl.stemmen.monitor.ChosenCells;
import nl.stemmen.study.Studies;
import nl.stemmen.study.StudyDefinition;
import nl.stemmen.study.SubgroupCells;

/**
 * Mailings and reminder waves of a study (issue 15): who a letter, e-mail or SMS goes to, recorded
 * with its recipients so the monitor can show each wave's effect. Recipients are the study's invited
 * frame people (in the latest file) who have not withdrawn; a reminder leaves out those who completed
 * (a completed response that is not excluded, as the monitor counts them); chosen cells narrow it;
 * people without the channel's contact detail are skipped and counted. Who made a mailing or took
 * its files is logged, since it touches personal data.
 */
@ApplicationScoped
public class Mailings {

    private static final Logger LOG = Logger.getLogger(Mailings.class);
    private static final TypeReference<Map<String, List<String>>> CELLS = new TypeReference<>() {
    };

    private final Studies studies;
    private final ChosenCells chosenCells;
    private final Invitations invitations;
    private final UiTexts texts;
    private final ObjectMapper json;
    private final EntityManager entities;

    public Mailings(Studies studies, ChosenCells chosenCells, Invitations invitations, UiTexts texts, ObjectMapper json,
            EntityManager entities) {
        this.studies = studies;
        this.chosenCells = chosenCells;
        this.invitations = invitations;
        this.texts = texts;
        this.json = json;
        this.entities = entities;
    }

    /** What making a mailing came to: the mailing and its counts, or the problems with the request. */
    public record Outcome(Optional<Summary> made, List<Problem> problems) {
    }

    /**
     * A recorded mailing.
     *
     * @param cells   the cells chosen; empty for the whole study
     * @param count   its recipients
     * @param skipped those who would have been recipients but lack the channel's contact detail
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Summary(long id, OffsetDateTime createdAt, String createdBy, String channel, boolean reminder,
            Map<String, List<String>> cells, int count, int skipped) {
    }

    /**
     * Records a mailing or reminder wave and its recipients, and marks their invitations mailed
     * (mailed_at, where not yet set).
     *
     * @return empty when {@code staff} may not see the study; else the mailing or the problems
     *         ({@code field}: channel, reminder, or cells.&lt;dimension&gt;)
     */
    @Transactional
    @TransactionConfiguration(timeout = SubgroupCells.BULK_SECONDS)
    public Optional<Outcome> create(Staff staff, String studyId, MailingRequest request) {
        Optional<Studies.Saved> study = studies.find(staff, studyId);
        if (study.isEmpty()) {
            return Optional.empty();
        }
        List<Problem> problems = new ArrayList<>();
        if (request == null) {
            return Optional.of(refused(List.of(new Problem("channel", "send {\"channel\", \"reminder\", \"cells\"?}"))));
        }
        Optional<MailingChannel> channel = MailingChannel.byApiName(request.channel());
        if (channel.isEmpty()) {
            problems.add(new Problem("channel", (request.channel() == null ? "missing" : "'" + request.channel() + "' is unknown")
                    + "; one of " + MailingChannel.apiNames()));
        }
        Optional<Boolean> reminder = request.isReminder();
        if (reminder.isEmpty()) {
            problems.add(new Problem("reminder", (request.reminder() == null || request.reminder().isNull() ? "missing"
                    : request.reminder() + " is no boolean") + ": true for a reminder wave, false for a first mailing"));
        }
        Map<String, List<String>> cells = request.cells() == null ? Map.of() : request.cells();
        List<StudyDefinition.Dimension> dimensions = study.get().definition().dimensions() == null ? List.of()
                : study.get().definition().dimensions();
        ChosenCells.Outcome chosen = chosenCells.ofKnownCategories(studyId, dimensions, cells);
        chosen.problems().forEach(p -> problems.add(new Problem("cells." + p.field(), p.reason())));
        if (!problems.isEmpty()) {
            return Optional.of(refused(problems));
        }
        Mailing mailing = new Mailing();
        mailing.studyId = studyId;
        mailing.createdAt = OffsetDateTime.now();
        mailing.createdBy = staff.username();
        mailing.channel = channel.get().apiName();
        mailing.reminder = reminder.get();
        mailing.cells = cells.isEmpty() ? null : write(cells);
        mailing.persist();
        mailing.flush();
        boolean byCell = !cells.isEmpty() && !chosen.cells().isEmpty();
        // a mailing organisation's list holds its batches' codes; the other channels reach the study's own frame
        String whose = channel.get() == MailingChannel.ORGANISATION ? "i.batch_id is not null"
                : "p.in_latest_file and p.batch_id is null";
        String chosenPeople = "from invitation i left join frame_person p on p.id = i.person_id "
                + "left join frame_contact c on c.person_id = p.id left join response r on r.id = i.response_id "
                + "where i.study_id = ?1 and " + whose + " and i.withdrawn_at is null"
                + (mailing.reminder ? " and (r.id is null or r.completed_at is null or r.excluded_at is not null)" : "")
                + (cells.isEmpty() ? "" : byCell ? " and i.cell_id in (?2)" : " and 1 = 0");
        String reachable = channel.get().contactColumn().map(column -> " and coalesce(c." + column + ", '') <> ''").orElse("");
        mailing.recipients = bind(entities.createNativeQuery("insert into mailing_recipient (mailing_id, invitation_id) select "
                + mailing.id + ", i.id " + chosenPeople + reachable), studyId, byCell ? chosen.cells() : null).executeUpdate();
        int everyone = ((Number) bind(entities.createNativeQuery("select count(*) " + chosenPeople), studyId, byCell ? chosen.cells() : null)
                .getSingleResult()).intValue();
        mailing.skipped = everyone - mailing.recipients;
        // exists on the recipient's key, not "id in (select …)", which H2 re-runs for every invitation (minutes at 65,000)
        entities.createNativeQuery("update invitation set mailed_at = ?1 where mailed_at is null and exists "
                + "(select 1 from mailing_recipient m where m.mailing_id = ?2 and m.invitation_id = invitation.id)")
                .setParameter(1, mailing.createdAt).setParameter(2, mailing.id).executeUpdate();
        LOG.infof("Study %s: %s %s mailing %d to %d people (%d without %s) %s by %s", studyId, mailing.channel,
                mailing.reminder ? "reminder" : "first", mailing.id, mailing.recipients, mailing.skipped,
                channel.get().contactColumn().orElse("-"), cells, staff.username());
        return Optional.of(new Outcome(Optional.of(summary(mailing)), List.of()));
    }

    /** The study's mailings, oldest first; empty when {@code staff} may not see the study. */
    @Transactional
    public Optional<List<Summary>> list(Staff staff, String studyId) {
        if (studies.find(staff, studyId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Mailing.<Mailing>list("studyId = ?1 order by createdAt, id", studyId).stream()
                .map(this::summary).toList());
    }

    /**
     * The mailing file ({@link Invitations#mailingFile}) of a mailing's recipients, in frame order.
     *
     * @param base the public address Stemmen is reached at, ending in '/'
     * @return empty when the study is not the caller's or has no such mailing
     */
    @Transactional
    public Optional<List<Invitations.MailingLine>> recipients(Staff staff, String studyId, long mailingId, String base) {
        return find(staff, studyId, mailingId).map(mailing -> invitations.mailingFile(studyId, base, mailingId));
    }

    /** A mailing organisation's list, or why there is none. */
    public record OrganisationList(List<Batches.Code> codes, Optional<Problem> problem) {
    }

    /**
     * The codes of an {@code organisation} mailing, for the mailing organisation to merge into its (reminder) letters:
     * link, code, and its ref where the batch is bound to its attribute file; in the order the codes were made.
     * Taking it is logged.
     *
     * @param base the public address Stemmen is reached at, ending in '/'
     * @return empty when the study is not the caller's or has no such mailing; a problem for another channel's mailing
     */
    @Transactional
    public Optional<OrganisationList> organisationList(Staff staff, String studyId, long mailingId, String base) {
        return find(staff, studyId, mailingId).map(mailing -> {
            if (!MailingChannel.ORGANISATION.apiName().equals(mailing.channel)) {
                return new OrganisationList(List.of(), Optional.of(new Problem("channel", "mailing " + mailingId + " is a "
                        + mailing.channel + " mailing; organisation.csv is for the mailing organisation's list")));
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entities.createNativeQuery("select i.seed, p.ref from mailing_recipient m "
                    + "join invitation i on i.id = m.invitation_id left join frame_person p on p.id = i.person_id "
                    + "where m.mailing_id = ?1 order by i.id").setParameter(1, mailingId).getResultList();
            List<Batches.Code> codes = rows.stream().map(row -> {
                Invitations.Keys keys = invitations.keysOf((String) row[0], base);
                return new Batches.Code(keys.link(), keys.code(), (String) row[1]);
            }).toList();
            LOG.infof("Organisation list of mailing %d of study %s (%d codes) taken by %s", mailingId, studyId, codes.size(),
                    staff.username());
            return new OrganisationList(codes, Optional.empty());
        });
    }

    /** A line of an SMS mailing's file: the number, the language, the message and how many SMS parts it takes ({@link SmsParts}). */
    public record SmsLine(String phone, String language, String message, int parts) {
    }

    /** An SMS mailing's file, or why there is none. */
    public record SmsFile(List<SmsLine> lines, Optional<Problem> problem) {
    }

    /**
     * The messages of an SMS mailing, in frame order: each in the person's letter language (Dutch when the frame
     * gives none, or the text is not translated), with their link and code.
     *
     * @param base the public address Stemmen is reached at, ending in '/'
     * @return empty when the study is not the caller's or has no such mailing; a problem when it is not an SMS mailing
     */
    @Transactional
    public Optional<SmsFile> sms(Staff staff, String studyId, long mailingId, String base) {
        return find(staff, studyId, mailingId).map(mailing -> {
            if (!MailingChannel.SMS.apiName().equals(mailing.channel)) {
                return new SmsFile(List.of(), Optional.of(new Problem("channel",
                        "mailing " + mailingId + " is a " + mailing.channel + " mailing; sms.csv is for sms mailings")));
            }
            Map<String, String> phones = new HashMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entities.createNativeQuery("select p.ref, c.phone from mailing_recipient m "
                    + "join invitation i on i.id = m.invitation_id join frame_person p on p.id = i.person_id "
                    + "join frame_contact c on c.person_id = p.id where m.mailing_id = ?1").setParameter(1, mailingId)
                    .getResultList();
            rows.forEach(row -> phones.put((String) row[0], (String) row[1]));
            List<SmsLine> lines = new ArrayList<>();
            for (Invitations.MailingLine line : invitations.mailingFile(studyId, base, mailingId)) {
                Language language = Language.byCode(line.language()).orElse(Language.NL);
                String message = texts.in(language).plain("sms.invitation").replace("{link}", line.link())
                        .replace("{code}", line.code());
                lines.add(new SmsLine(phones.get(line.ref()), language.code(), message, SmsParts.of(message)));
            }
            LOG.infof("SMS file of mailing %d of study %s (%d messages) taken by %s", mailingId, studyId, lines.size(),
                    staff.username());
            return new SmsFile(lines, Optional.empty());
        });
    }

    /**
     * A letter mailing's letters: name and address from the frame, the person's letter language, link and
     * code; sorted by postcode, then name, as the post wants them.
     *
     * @param letters  the letters; empty with a problem when the mailing is not a letter mailing
     * @param sender   the study's organisation, for the return line
     * @param languages the study's languages, for letters without a letter language
     * @param contactEmail the study's contact address, null when it has none
     */
    public record LetterFile(List<Letter> letters, String sender, List<String> languages, String contactEmail,
            Optional<Problem> problem) {
    }

    /**
     * The letters of a letter mailing.
     *
     * @param base the public address Stemmen is reached at, ending in '/'
     * @return empty when the study is not the caller's or has no such mailing
     */
    @Transactional
    public Optional<LetterFile> letters(Staff staff, String studyId, long mailingId, String base) {
        Optional<Studies.Saved> study = studies.find(staff, studyId);
        return find(staff, studyId, mailingId).map(mailing -> {
            if (!MailingChannel.LETTER.apiName().equals(mailing.channel)) {
                return new LetterFile(List.of(), null, List.of(), null, Optional.of(new Problem("channel",
                        "mailing " + mailingId + " is a " + mailing.channel + " mailing; letters are for letter mailings")));
            }
            Map<String, Object[]> addresses = new HashMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entities.createNativeQuery("select p.ref, c.name, c.street, c.postcode, c.city "
                    + "from mailing_recipient m join invitation i on i.id = m.invitation_id join frame_person p on p.id = i.person_id "
                    + "join frame_contact c on c.person_id = p.id where m.mailing_id = ?1").setParameter(1, mailingId)
                    .getResultList();
            rows.forEach(row -> addresses.put((String) row[0], row));
            List<Letter> letters = new ArrayList<>();
            for (Invitations.MailingLine line : invitations.mailingFile(studyId, base, mailingId)) {
                Object[] address = addresses.get(line.ref());
                letters.add(new Letter(text(address, 1), text(address, 2), text(address, 3), text(address, 4),
                        line.language().isEmpty() ? null : line.language(), line.link(), line.code()));
            }
            letters.sort(Comparator.comparing((Letter l) -> l.postcode() == null ? "" : l.postcode().replace(" ", ""))
                    .thenComparing(l -> l.name() == null ? "" : l.name()));
            LOG.infof("Letters of mailing %d of study %s (%d letters) taken by %s", mailingId, studyId, letters.size(),
                    staff.username());
            return new LetterFile(letters, study.get().definition().organisation(), study.get().definition().languages(),
                    study.get().definition().contactEmail(), Optional.empty());
        });
    }

    private static String text(Object[] row, int column) {
        return row == null || row[column] == null ? "" : row[column].toString();
    }

    private Optional<Mailing> find(Staff staff, String studyId, long mailingId) {
        if (studies.find(staff, studyId).isEmpty()) {
            return Optional.empty();
        }
        return Mailing.<Mailing>find("id = ?1 and studyId = ?2", mailingId, studyId).firstResultOptional();
    }

    private static Outcome refused(List<Problem> problems) {
        return new Outcome(Optional.empty(), problems);
    }

    /** Binds the study, and the chosen cells' ids when the query narrows by cell ({@code cells} not null). */
    private static Query bind(Query query, String studyId, List<Long> cells) {
        query.setParameter(1, studyId);
        return cells == null ? query : query.setParameter(2, cells);
    }

    private Summary summary(Mailing mailing) {
        return new Summary(mailing.id, mailing.createdAt, mailing.createdBy, mailing.channel, mailing.reminder,
                mailing.cells == null ? Map.of() : read(mailing.cells), mailing.recipients, mailing.skipped);
    }

    private String write(Map<String, List<String>> cells) {
        try {
            return json.writeValueAsString(cells);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, List<String>> read(String cells) {
        try {
            return json.readValue(cells, CELLS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("mailing cells are not JSON: " + cells, e);
        }
    }
}
