package nl.stemmen.invite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.stemmen.access.Staff;
import nl.stemmen.api.UnreadableJsonMapper.Problem;
import nl.stemmen.study.Studies;
import nl.stemmen.study.SubgroupCells;

/**
 * Batches of unbound invitations (issue 15): links and codes for an organisation that mails the
 * letters itself (DUO, a register office), so the researchers never see a name or address. Each
 * invitation has no frame person; its link and code derive from its seed like any other's, so a
 * batch's codes can be taken again, and those not completed go back for the reminder letter.
 */
@ApplicationScoped
public class Batches {

    /** The most invitations one batch holds: above DUO's 64,594 letters of the national study. */
    public static final int MOST = 100_000;

    private static final Logger LOG = Logger.getLogger(Batches.class);

    private final Invitations invitations;
    private final Studies studies;
    private final EntityManager entities;

    public Batches(Invitations invitations, Studies studies, EntityManager entities) {
        this.invitations = invitations;
        this.studies = studies;
        this.entities = entities;
    }

    /** A batch as listed: its id, size, and when and by whom it was made. */
    public record Batch(long id, int count, @JsonProperty("created_at") OffsetDateTime createdAt,
            @JsonProperty("created_by") String createdBy) {
    }

    /**
     * One letter's worth: the whole personal link ({@code …/s/<token>}), the short code as printed, and the mailing
     * organisation's ref once the batch is bound to its attribute file ({@link BatchAttributes}; else null).
     */
    public record Code(String link, String code, String ref) {
    }

    /** A new batch and its codes, in the order they were made. */
    public record Made(Batch batch, List<Code> codes) {
    }

    /** Which of a batch's invitations a download holds. */
    public enum Download {
        /** All of them: {@code codes.csv}. */
        CODES,
        /** All of them as QR images: {@code qr.zip}. */
        QR,
        /** Those without a completed response and not withdrawn, for the reminder letter: {@code not-completed.csv}. */
        NOT_COMPLETED
    }

    /** A batch made, or why not: exactly one of the two is there. */
    public record Outcome(Optional<Made> made, List<Problem> problems) {
    }

    /** What is wrong with a requested batch size ({@code count}: 1 to {@link #MOST}); empty when nothing is. */
    private static List<Problem> problems(Integer count) {
        if (count == null) {
            return List.of(new Problem("count", "required: how many links and codes, 1 to " + MOST));
        }
        if (count < 1 || count > MOST) {
            return List.of(new Problem("count", "must be 1 to " + MOST + ", not " + count));
        }
        return List.of();
    }

    /**
     * Makes a batch of {@code count} (1 to {@link #MOST}) unbound invitations.
     *
     * @param base the public address Stemmen is reached at, ending in '/'
     * @return the batch and its codes, or the problems with {@code count} (nothing made); empty when
     *         {@code staff} may not see the study, whatever the count
     */
    @Transactional
    @TransactionConfiguration(timeout = SubgroupCells.BULK_SECONDS)
    public Optional<Outcome> create(Staff staff, String studyId, Integer count, String base) {
        if (studies.find(staff, studyId).isEmpty()) {
            return Optional.empty();
        }
        List<Problem> problems = problems(count);
        if (!problems.isEmpty()) {
            return Optional.of(new Outcome(Optional.empty(), problems));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long[] id = new long[1];
        entities.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into batch (study_id, created_at, created_by, count) "
                    + "values (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, studyId);
                insert.setTimestamp(2, Timestamp.from(now.toInstant()));
                insert.setString(3, staff.username());
                insert.setInt(4, count);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id[0] = keys.getLong(1);
                }
            }
            invitations.insert(connection, studyId, Collections.nCopies(count, null), id[0]);
        });
        LOG.infof("Study %s: batch %d of %d unbound invitations created by %s", studyId, id[0], count, staff.username());
        Made made = new Made(new Batch(id[0], count, now, staff.username()), read(studyId, id[0], base, Download.CODES));
        return Optional.of(new Outcome(Optional.of(made), List.of()));
    }

    /** The study's batches, oldest first; empty when {@code staff} may not see the study. */
    @Transactional
    public Optional<List<Batch>> list(Staff staff, String studyId) {
        if (studies.find(staff, studyId).isEmpty()) {
            return Optional.empty();
        }
        List<Batch> batches = new ArrayList<>();
        entities.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select id, count, created_at, created_by from batch where study_id = ? order by id")) {
                select.setString(1, studyId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        batches.add(new Batch(rows.getLong(1), rows.getInt(2),
                                rows.getTimestamp(3).toInstant().atOffset(ZoneOffset.UTC), rows.getString(4)));
                    }
                }
            }
        });
        return Optional.of(batches);
    }

    /**
     * The codes of a batch for a download, derived again from each seed, in the order they were made;
     * taking them is logged with the staff member's name, since they open responses.
     *
     * @param base the public address Stemmen is reached at, ending in '/'
     * @return empty when {@code staff} may not see the study or it has no such batch
     */
    @Transactional
    public Optional<List<Code>> codes(Staff staff, String studyId, long batch, String base, Download download) {
        if (studies.find(staff, studyId).isEmpty() || entities.createNativeQuery("select id from batch where id = ?1 and study_id = ?2")
                .setParameter(1, batch).setParameter(2, studyId).getResultList().isEmpty()) {
            return Optional.empty();
        }
        List<Code> codes = read(studyId, batch, base, download);
        LOG.infof("Study %s: batch %d, %d codes taken as %s by %s", studyId, batch, codes.size(), download, staff.username());
        return Optional.of(codes);
    }

    private List<Code> read(String studyId, long batch, String base, Download download) {
        String notCompleted = download == Download.NOT_COMPLETED
                ? " and i.withdrawn_at is null and (r.id is null or r.completed_at is null)" : "";
        List<Code> codes = new ArrayList<>();
        entities.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select i.seed, p.ref from invitation i "
                    + "left join frame_person p on p.id = i.person_id "
                    + "left join response r on r.id = i.response_id where i.batch_id = ? and i.study_id = ?" + notCompleted
                    + " order by i.id")) {
                select.setLong(1, batch);
                select.setString(2, studyId);
                select.setFetchSize(5000);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Invitations.Keys keys = invitations.keysOf(rows.getString(1), base);
                        codes.add(new Code(keys.link(), keys.code(), rows.getString(2)));
                    }
                }
            }
        });
        return codes;
    }
}
