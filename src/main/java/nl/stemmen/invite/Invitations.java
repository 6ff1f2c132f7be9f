package nl.stemmen.invite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import nl.stemmen.access.Staff;
import nl.stemmen.catalog.PublishedQuestionnaire;
import nl.stemmen.catalog.QuestionnaireCatalog;
import nl.stemmen.language.Language;
import nl.stemmen.respond.Channel;
import nl.stemmen.respond.Entry;
import nl.stemmen.respond.ResponseFlow;
import nl.stemmen.respond.WithdrawnLinks;
import nl.stemmen.study.JdbcBatch;
import nl.stemmen.study.Studies;
import nl.stemmen.study.SubgroupCells;
import nl.stemmen.study.Study;

/**
 * Personal invitations (design §4): one per frame person, each with a link and a short code that
 * open that person's one response, in their letter language when the frame gives one.
 */
@ApplicationScoped
public class Invitations implements WithdrawnLinks {

    private static final Logger LOG = Logger.getLogger(Invitations.class);

    private final InvitationKeys keys;
    private final Studies studies;
    private final QuestionnaireCatalog catalog;
    private final ResponseFlow flow;
    private final SubgroupCells cells;
    private final EntityManager entities;

    public Invitations(InvitationConfig config, Studies studies, QuestionnaireCatalog catalog, ResponseFlow flow,
            SubgroupCells cells, EntityManager entities) {
        this.keys = new InvitationKeys(serverKey(config));
        this.studies = studies;
        this.cells = cells;
        this.catalog = catalog;
        this.flow = flow;
        this.entities = entities;
    }

    /** The configured key, else the one kept in the key file, made the first time. */
    private static byte[] serverKey(InvitationConfig config) {
        if (config.key().isPresent()) {
            return config.key().get().getBytes(StandardCharsets.UTF_8);
        }
        Path file = Path.of(config.keyFile());
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, Base64.getEncoder().encodeToString(key));
                LOG.warnf("Made a new invitation key in %s: links and codes depend on it. Keep it, back it up apart "
                        + "from the database, or set STEMMEN_INVITATIONS_KEY", file.toAbsolutePath());
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the invitation key " + file.toAbsolutePath(), e);
        }
    }

    /** The keys made from the server key: for every code that must not come out of a copy of the database (flyers too). */
    public InvitationKeys keys() {
        return keys;
    }

    /**
     * Creates an invitation for every person of the study's frame who has none (and is in the latest file).
     *
     * @return how many were created; empty when {@code staff} may not see the study
     */
    @Transactional
    @TransactionConfiguration(timeout = SubgroupCells.BULK_SECONDS)
    public Optional<Integer> createForFrame(Staff staff, String studyId) {
        Optional<Studies.Saved> study = studies.find(staff, studyId);
        if (study.isEmpty()) {
            return Optional.empty();
        }
        int[] created = new int[1];
        entities.unwrap(Session.class).doWork(connection -> {
            List<Long> people = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select p.id from frame_person p where p.study_id = ? "
                    + "and p.in_latest_file and not exists (select 1 from invitation i where i.person_id = p.id) order by p.id")) {
                select.setString(1, studyId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        people.add(rows.getLong(1));
                    }
                }
            }
            insert(connection, studyId, people, null);
            created[0] = people.size();
        });
        cells.refresh(studyId, study.get().definition().dimensionNames());
        LOG.infof("Study %s: %d invitations created by %s", studyId, created[0], staff.username());
        return Optional.of(created[0]);
    }

    /**
     * Stores one new invitation for each of {@code people} (a frame person's id, or null for an unbound
     * invitation), each with a fresh seed and the keyed hashes of its link and code, in {@code batch} if given.
     */
    void insert(Connection connection, String studyId, List<Long> people, Long batch) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement("insert into invitation "
                + "(study_id, person_id, seed, link_hash, code_hash, created_at, batch_id) values (?, ?, ?, ?, ?, ?, ?)")) {
            JdbcBatch.execute(insert, people, (statement, person) -> {
                String seed = InvitationKeys.newSeed();
                statement.setString(1, studyId);
                statement.setObject(2, person, Types.BIGINT);
                statement.setString(3, seed);
                statement.setString(4, keys.linkHash(keys.token(seed)));
                statement.setString(5, keys.codeHash(keys.code(seed)));
                statement.setTimestamp(6, now);
                statement.setObject(7, batch, Types.BIGINT);
            });
        }
    }

    /** How many invitations the study has (withdrawn ones included); empty when {@code staff} may not see the study. */
    @Transactional
    public Optional<Integer> count(Staff staff, String studyId) {
        if (studies.find(staff, studyId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(((Number) entities.createNativeQuery("select count(*) from invitation where study_id = ?1")
                .setParameter(1, studyId).getSingleResult()).intValue());
    }

    /** What an invitation gives its person: the whole {@code /s/<token>} link and the short code as printed. */
    public record Keys(String link, String code) {
    }

    /**
     * The link and code of an invitation, derived again from its seed with the server key.
     *
     * @param base the public address Stemmen is reached at, ending in '/'
     */
    public Keys keysOf(String seed, String base) {
        return new Keys(base + "s/" + keys.token(seed), InvitationKeys.printed(keys.code(seed)));
    }

    /** A line of the mailing file: what a letter or a mailing organisation needs. */
    public record MailingLine(String ref, String link, String code, String language, String status) {
    }

    /**
     * The mailing file of a study, in frame order: link and code derived again from each seed.
     *
     * @param base the public address Stemmen is reached at, ending in '/'
     * @return empty when {@code staff} may not see the study
     */
    @Transactional
    public Optional<List<MailingLine>> mailingFile(Staff staff, String studyId, String base) {
        if (studies.find(staff, studyId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(mailingLines(studyId, base, null));
    }

    /**
     * The mailing file of one mailing's recipients (table mailing_recipient), in frame order; the
     * caller has checked that it may see the study and that the mailing is the study's.
     *
     * @param base the public address Stemmen is reached at, ending in '/'
     */
    @Transactional
    public List<MailingLine> mailingFile(String studyId, String base, long mailingId) {
        return mailingLines(studyId, base, mailingId);
    }

    /** The lines of every invitation of the study, or only of a mailing's recipients when {@code mailingId} is not null. */
    private List<MailingLine> mailingLines(String studyId, String base, Long mailingId) {
        List<MailingLine> lines = new ArrayList<>();
        entities.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select i.seed, p.ref, c.letter_language, "
                    + "i.withdrawn_at, r.completed_at, (select count(*) from answer a where a.response_id = r.id), "
                    + "i.opened_at, i.mailed_at, i.email_bounced_at from invitation i join frame_person p on p.id = i.person_id "
                    + "left join frame_contact c on c.person_id = p.id left join response r on r.id = i.response_id "
                    + "where i.study_id = ?" + (mailingId == null ? ""
                            : " and exists (select 1 from mailing_recipient m where m.mailing_id = ? and m.invitation_id = i.id)")
                    + " order by p.id")) {
                select.setString(1, studyId);
                if (mailingId != null) {
                    select.setLong(2, mailingId);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String seed = rows.getString(1);
                        String status = rows.getTimestamp(4) != null ? "withdrawn"
                                : rows.getTimestamp(5) != null ? "completed"
                                : rows.getLong(6) > 0 ? "started"
                                : rows.getTimestamp(7) != null ? "opened"
                                : rows.getTimestamp(9) != null ? "bounced"
                                : rows.getTimestamp(8) != null ? "mailed" : "created";
                        Keys printed = keysOf(seed, base);
                        lines.add(new MailingLine(rows.getString(2), printed.link(), printed.code(),
                                rows.getString(3) == null ? "" : rows.getString(3), status));
                    }
                }
            }
        });
        return lines;
    }

    /** What opening an invitation leads to. */
    public sealed interface Opening {
        /** No invitation has this link or code. */
        record Unknown() implements Opening {
        }

        /** The person withdrew: their answers are gone and the link leads nowhere. */
        record Withdrawn(Language language) implements Opening {
        }

        /** The response is ready at {@code /r/<token>}. */
        record Opened(String token) implements Opening {
        }

        /** Which language? Asked when neither the visit nor the frame says one the study offers. */
        record ChooseLanguage(PublishedQuestionnaire questionnaire, List<Language> languages, String token) implements Opening {
        }
    }

    /** Opens the invitation of a personal link; starts its response on the first visit. */
    @Transactional
    public Opening openByLink(String token, Optional<Language> chosen) {
        return Invitation.lockedByLinkHash(keys.linkHash(token))
                .map(invitation -> open(invitation, token, chosen, Channel.PERSONAL_LINK))
                .orElseGet(Opening.Unknown::new);
    }

    /** Opens the invitation of a short code as typed (any case, spaces, dashes); unknown codes are {@link Opening.Unknown}. */
    @Transactional
    public Opening openByCode(String typed, Optional<Language> chosen) {
        return InvitationKeys.normalizeCode(typed)
                .flatMap(code -> Invitation.lockedByCodeHash(keys.codeHash(code)))
                .map(invitation -> open(invitation, keys.token(invitation.seed), chosen, Channel.SHORT_CODE))
                .orElseGet(Opening.Unknown::new);
    }

    private Opening open(Invitation invitation, String token, Optional<Language> chosen, Channel channel) {
        Study study = Study.findById(invitation.studyId);
        List<Language> offered = study.offeredLanguages();
        if (invitation.withdrawnAt != null) {
            return new Opening.Withdrawn(chosen.or(() -> letterLanguage(invitation)).orElse(Language.NL));
        }
        if (invitation.openedAt == null) {
            invitation.openedAt = OffsetDateTime.now();
            cells.opened(invitation.cellId);
        }
        if (invitation.responseId != null) {
            return new Opening.Opened(token);
        }
        PublishedQuestionnaire published = catalog.version(study.questionnaireId, study.questionnaireVersion);
        Optional<Language> language = chosen.filter(offered::contains)
                .or(() -> letterLanguage(invitation).filter(offered::contains))
                .or(() -> offered.size() == 1 ? Optional.of(offered.get(0)) : Optional.empty());
        if (language.isEmpty()) {
            return new Opening.ChooseLanguage(published, offered, token);
        }
        invitation.responseId = flow.start(published, Entry.invited(channel, study.id, invitation.cellId), language.get(), token);
        return new Opening.Opened(token);
    }

    @Override
    @Transactional
    public Optional<Language> withdrawnIn(String token) {
        return Invitation.<Invitation>find("linkHash", keys.linkHash(token)).firstResultOptional()
                .filter(invitation -> invitation.withdrawnAt != null)
                .map(invitation -> letterLanguage(invitation).orElse(Language.NL));
    }

    /** The invitation of a withdrawn response: marked and kept, so its link says so; the response goes. */
    void withdrawn(@Observes ResponseFlow.ResponseWithdrawn withdrawal) {
        Invitation.<Invitation>find("responseId", withdrawal.response()).firstResultOptional().ifPresent(invitation -> {
            invitation.withdrawnAt = OffsetDateTime.now();
            cells.withdrew(invitation.cellId);
            invitation.responseId = null;
            LOG.infof("Invitation %d of study %s withdrawn", invitation.id, invitation.studyId);
        });
    }

    private Optional<Language> letterLanguage(Invitation invitation) {
        if (invitation.personId == null) {
            return Optional.empty();
        }
        List<?> found = entities.createNativeQuery("select letter_language from frame_contact where person_id = ?1")
                .setParameter(1, invitation.personId).getResultList();
        return found.isEmpty() || found.get(0) == null ? Optional.empty() : Language.byCode(found.get(0).toString());
    }
}
