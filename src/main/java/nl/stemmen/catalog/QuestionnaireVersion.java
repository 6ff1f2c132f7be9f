package nl.stemmen.catalog;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /** Every stored version number, by questionnaire id (ids and versions ascending). */
    static Map<String, List<Integer>> allVersions() {
        Map<String, List<Integer>> versions = new TreeMap<>();
        getEntityManager().createQuery("select v.key.questionnaireId, v.key.version from QuestionnaireVersion v"
                + " order by v.key.questionnaireId, v.key.version", Object[].class).getResultList()
                .forEach(r -> versions.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((Integer) r[1]));
        versions.replaceAll((id, list) -> List.copyOf(list));
        return versions;
    }

    /** The highest stored version of {@code id}, or 0 when none is stored. */
    static int highest(String id) {
        Integer max = getEntityManager().createQuery("select max(v.key.version) from QuestionnaireVersion v"
                + " where v.key.questionnaireId = ?1", Integer.class).setParameter(1, id).getSingleResult();
        return max == null ? 0 : max;
    }

    /** Which questionnaire and version. */
    @Embeddable
    public record Key(@Column(name = "questionnaire_id") String questionnaireId, int version) implements Serializable {
    }
}
