package nl.stemmen.fieldwork;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A flyer or group session as stored (table open_link): its study, label, who hands it out, its limits,
 * and the seed its code is derived from with the server key (only the code's keyed hash is kept).
 */
@Entity
@Table(name = "open_link")
public class OpenLink extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "study_id")
    public String studyId;

    /** flyer or session ({@link OpenLinkKind#code()}). */
    public String kind;

    public String label;

    /** The username of the fieldworker it belongs to; null when none. */
    public String fieldworker;

    /** The partner organisation that hands it out; null when none. */
    public String partner;

    /** Where a flyer is handed out: location, event, partner or fieldworker; null when not said. */
    public String place;

    /** The last day it starts responses; null: no end. */
    public LocalDate ends;

    /** The completes after which it starts no more; null: no maximum. */
    @Column(name = "max_completes")
    public Integer maxCompletes;

    public String seed;

    @Column(name = "code_hash")
    public String codeHash;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    /** Flyer or session, from the stored {@link #kind}. */
    public OpenLinkKind openKind() {
        return OpenLinkKind.valueOf(kind.toUpperCase(Locale.ROOT));
    }

    static Optional<OpenLink> byCodeHash(String hash) {
        return find("codeHash", hash).firstResultOptional();
    }
}
