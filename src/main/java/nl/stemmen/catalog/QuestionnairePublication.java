package nl.stemmen.catalog;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One publication through the API or the staff page: a questionnaire version ({@code language} null)
 * or one of its translations, with who published it and when. Rows are only ever added, so their
 * count tells every replica whether something new was published.
 */
@Entity
@Table(name = "questionnaire_publication")
public class QuestionnairePublication extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "questionnaire_id")
    public String questionnaireId;

    public int version;

    /** The translation's language code, or null for the questionnaire version itself. */
    public String language;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** A new row (not yet persisted) for {@code language} (null: the version itself) published now by {@code who}. */
    static QuestionnairePublication of(String id, int version, String language, String who) {
        QuestionnairePublication row = new QuestionnairePublication();
        row.questionnaireId = id;
        row.version = version;
        row.language = language;
        row.publishedBy = who;
        row.publishedAt = OffsetDateTime.now();
        return row;
    }

    /** The username who published the first version of {@code id} through Stemmen; empty when none was. */
    static Optional<String> firstPublisher(String id) {
        return QuestionnairePublication.<QuestionnairePublication>find(
                "questionnaireId = ?1 and language is null order by id", id).firstResultOptional().map(p -> p.publishedBy);
    }

    /** Whether version {@code version} of {@code id} was published through Stemmen (not read from the directory). */
    static boolean isPublished(String id, int version) {
        return count("questionnaireId = ?1 and version = ?2 and language is null", id, version) > 0;
    }

    /** Per questionnaire id, the highest version published through Stemmen. */
    static Map<String, Integer> latestVersions() {
        List<Object[]> rows = getEntityManager().createQuery("select questionnaireId, max(version) from QuestionnairePublication"
                + " where language is null group by questionnaireId", Object[].class).getResultList();
        Map<String, Integer> latest = new TreeMap<>();
        rows.forEach(r -> latest.put((String) r[0], (Integer) r[1]));
        return latest;
    }
}
