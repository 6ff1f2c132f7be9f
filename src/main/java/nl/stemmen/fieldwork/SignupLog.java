package nl.stemmen.fieldwork;

import java.time.OffsetDateTime;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One action on sign-ups (export, draw, delete, expire): who, when, which kind and how many; never contact data. */
@Entity
@Table(name = "signup_log")
public class SignupLog extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "study_id")
    public String studyId;

    /** export, draw, delete or expire. */
    public String action;

    /** {@link SignupKind#apiName()}. */
    public String kind;

    public int entries;

    /** The staff member's username, or {@code system} for the automatic deletion. */
    public String actor;

    public OffsetDateTime at;

    /** Writes one log row, now. */
    static void write(String study, String action, SignupKind kind, int entries, String actor) {
        SignupLog log = new SignupLog();
        log.studyId = study;
        log.action = action;
        log.kind = kind.apiName();
        log.entries = entries;
        log.actor = actor;
        log.at = OffsetDateTime.now();
        log.persist();
    }

    /** A study's log, oldest first. */
    public static List<SignupLog> ofStudy(String study) {
        return list("studyId = ?1 order by at, id", study);
    }
}
