package nl.stemmen.catalog;

import java.io.Serializable;
import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The source of a questionnaire version as it was first used, so responses keep their version. */
@Entity
@Table(name = "questionnaire_version")
public class QuestionnaireVersion extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "source_sha256")
    public String sourceSha256;

    public String source;

    @Column(name = "first_loaded_at")
    public OffsetDateTime firstLoadedAt;

    @Embeddable
    public record Key(@Column(name = "questionnaire_id") String questionnaireId, int version) implements Serializable {
    }
}
