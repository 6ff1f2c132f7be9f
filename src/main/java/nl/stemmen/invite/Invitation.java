package nl.stemmen.invite;

import java.time.OffsetDateTime;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

/**
 * A frame person's invitation to a study (or an unbound one of a {@link Batches batch}): the seed its link and code derive from (with the server
 * key, see {@link InvitationKeys}), their keyed hashes for lookup, and its response once opened.
 */
@Entity
@Table(name = "invitation")
public class Invitation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "study_id")
    public String studyId;

    @Column(name = "person_id")
    public Long personId;

    public String seed;

    @Column(name = "link_hash")
    public String linkHash;

    @Column(name = "code_hash")
    public String codeHash;

    @Column(name = "response_id")
    public Long responseId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "mailed_at")
    public OffsetDateTime mailedAt;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    /** The subgroup cell (study_cell) of the invited person, as the frame says. */
    @Column(name = "cell_id")
    public Long cellId;

    /** The batch of an unbound invitation (no frame person), made for an organisation that mails it. */
    @Column(name = "batch_id")
    public Long batchId;

    /** Locked until the transaction ends, so two first visits start one response, not two. */
    public static Optional<Invitation> lockedByLinkHash(String hash) {
        return find("linkHash", hash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public static Optional<Invitation> lockedByCodeHash(String hash) {
        return find("codeHash", hash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
