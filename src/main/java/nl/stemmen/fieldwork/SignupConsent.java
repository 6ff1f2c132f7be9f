package nl.stemmen.fieldwork;

import java.io.Serializable;
import java.util.Objects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A study's own consent text for one offer ({@link SignupKind#apiName()}) in one language. */
@Entity
@Table(name = "signup_consent")
@IdClass(SignupConsent.Key.class)
public class SignupConsent extends PanacheEntityBase {

    @Id
    @Column(name = "study_id")
    public String studyId;

    @Id
    public String kind;

    @Id
    public String language;

    @Column(name = "consent_text")
    public String text;

    /** The composite key: study, kind, language. */
    public static class Key implements Serializable {
        public String studyId;
        public String kind;
        public String language;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(studyId, k.studyId) && Objects.equals(kind, k.kind)
                    && Objects.equals(language, k.language);
        }

        @Override
        public int hashCode() {
            return Objects.hash(studyId, kind, language);
        }
    }
}
