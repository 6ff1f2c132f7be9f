package nl.stemmen.mailing;

import java.io.Serializable;
import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A study's own letter and e-mail texts in one language, as the PO text the lead uploaded (table study_letter_text). */
@Entity
@Table(name = "study_letter_text")
@IdClass(StudyLetterText.Key.class)
public class StudyLetterText extends PanacheEntityBase {

    /** The primary key: study and language. */
    public record Key(String studyId, String language) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "study_id")
    public String studyId;

    @Id
    public String language;

    public String po;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
