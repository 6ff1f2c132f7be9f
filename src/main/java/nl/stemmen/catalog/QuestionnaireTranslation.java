package nl.stemmen.catalog;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The PO text of one language of a questionnaire version published through Stemmen. */
@Entity
@Table(name = "questionnaire_translation")
public class QuestionnaireTranslation extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    public String source;

    @Column(name = "source_sha256")
    public String sourceSha256;

    /** Which version and language. */
    @Embeddable
    public record Key(@Column(name = "questionnaire_id") String questionnaireId, int version, String language)
            implements Serializable {
    }

    /** The PO texts of version {@code version} of {@code id}, by language code. */
    static Map<String, String> sourcesOf(String id, int version) {
        Map<String, String> sources = new TreeMap<>();
        QuestionnaireTranslation.<QuestionnaireTranslation>list("key.questionnaireId = ?1 and key.version = ?2", id, version)
                .forEach(t -> sources.put(t.key.language(), t.source));
        return sources;
    }
}
