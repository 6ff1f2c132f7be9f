package nl.stemmen.fieldwork;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A raffle or interview draw as recorded: seed, algorithm and the ids drawn, so it can be re-run and checked. */
@Entity
@Table(name = "signup_draw")
public class SignupDraw extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "study_id")
    public String studyId;

    /** {@link SignupKind#apiName()}. */
    public String kind;

    public long seed;

    public String algorithm;

    /** Winners wanted (raffle) or people per cell (interviews). */
    public int requested;

    /** How many entries there were to draw from. */
    public int entries;

    /** The entry ids drawn, in drawing order, as a JSON array. */
    public String drawn;

    @Column(name = "drawn_by")
    public String drawnBy;

    @Column(name = "drawn_at")
    public OffsetDateTime drawnAt;
}
