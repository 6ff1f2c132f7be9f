package nl.stemmen.fieldwork;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.stemmen.access.Role;
import nl.stemmen.access.Staff;
import nl.stemmen.monitor.Monitor;
import nl.stemmen.monitor.MonitorReport;
import nl.stemmen.study.Studies;
import nl.stemmen.study.SubgroupCells;

/**
 * What a fieldworker sees on their phone (issue 16, design §5: their flyers and counts, never answers):
 * their flyers with opens, starts and completes today and in total, and for each study of those flyers
 * the subgroups that lag behind (the monitor's {@code lagging}) in plain words, each with how many completed
 * of how many wanted and which of the fieldworker's own flyers brought such people before (completed
 * responses per flyer in that category: counts of their own work, no answers).
 */
@ApplicationScoped
public class FieldworkView {

    private static final TypeReference<List<String>> CATEGORIES = new TypeReference<>() {
    };

    private final OpenLinks links;
    private final Studies studies;
    private final Monitor monitor;
    private final EntityManager entities;
    private final ObjectMapper json;

    public FieldworkView(OpenLinks links, Studies studies, Monitor monitor, EntityManager entities, ObjectMapper json) {
        this.links = links;
        this.studies = studies;
        this.monitor = monitor;
        this.entities = entities;
        this.json = json;
    }

    /**
     * One lagging subgroup: the dimension and category, as the study names them, its completes, the completes wanted
     * (its quota; null without one), and the fieldworker's flyers that brought completes in it before (label →
     * completes, most first).
     */
    public record Lagging(String dimension, String category, int completed, Integer wanted,
            @JsonProperty("found_by") Map<String, Integer> foundBy) {
    }

    /**
     * A study of the fieldworker's flyers.
     *
     * @param summary the lagging subgroups in one Dutch sentence, for the page
     * @param languages the study's languages (codes), for an assisted start
     * @param assisted whether the study allows assisted starts
     */
    public record StudyLag(String id, String name, List<Lagging> lagging, String summary, List<String> languages,
            boolean assisted) {
    }

    /** The fieldworker's flyers and their studies' lagging subgroups. */
    public record View(List<OpenLinks.Listed> flyers, List<StudyLag> studies) {
    }

    /**
     * The view of {@code staff}'s own flyers (those naming them as fieldworker), for a fieldworker or an admin; a lead
     * sees none, even when named on a flyer (another lead's study must not show through it).
     *
     * @param base the public address Stemmen is reached at, ending in '/'
     */
    @Transactional
    public View of(Staff staff, String base) {
        if (staff.role() == Role.LEAD) {
            return new View(List.of(), List.of());
        }
        List<OpenLinks.Listed> flyers = links.ofFieldworker(staff.username(), base);
        Map<String, StudyLag> byStudy = new LinkedHashMap<>();
        for (OpenLinks.Listed flyer : flyers) {
            byStudy.computeIfAbsent(flyer.studyId(), id -> studies.withoutAccessCheck(id).map(study -> {
                List<Lagging> lagging = lagging(monitor.report(study), foundBy(staff.username(), id,
                        study.definition().dimensionNames()));
                return new StudyLag(id, study.definition().name(), lagging, summary(lagging), study.definition().languages(),
                        study.definition().assisted() == null || study.definition().assisted());
            }).orElse(null));
        }
        byStudy.values().removeIf(study -> study == null);
        return new View(flyers, List.copyOf(byStudy.values()));
    }

    /**
     * Every lagging category but unknown (nobody can be sought out for being unknown), in the monitor's order.
     *
     * @param foundBy "dimension\u0000category" → flyer label → completes, from {@link #foundBy}
     */
    private static List<Lagging> lagging(MonitorReport report, Map<String, Map<String, Integer>> foundBy) {
        List<Lagging> lagging = new ArrayList<>();
        report.dimensions().forEach((dimension, categories) -> categories.forEach((category, figures) -> {
            if (figures.lagging() && !SubgroupCells.UNKNOWN.equals(category)) {
                Map<String, Integer> flyers = new LinkedHashMap<>();
                foundBy.getOrDefault(dimension + '\u0000' + category, Map.of()).entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .forEach(e -> flyers.put(e.getKey(), e.getValue()));
                lagging.add(new Lagging(dimension, category, figures.completed(), figures.quota(), flyers));
            }
        }));
        return lagging;
    }

    /** Completes per flyer of this fieldworker in each category: "dimension\u0000category" → flyer label → completes. */
    private Map<String, Map<String, Integer>> foundBy(String fieldworker, String studyId, List<String> dimensions) {
        Map<String, Map<String, Integer>> found = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("select l.label, c.categories, count(*) from response r "
                + "join open_link l on l.id = r.open_link_id join study_cell c on c.id = r.cell_id where l.study_id = ?1 "
                + "and l.fieldworker = ?2 and r.completed_at is not null and r.excluded_at is null and not r.test "
                + "group by l.label, c.categories").setParameter(1, studyId).setParameter(2, fieldworker).getResultList();
        for (Object[] row : rows) {
            try {
                List<String> categories = json.readValue((String) row[1], CATEGORIES);
                for (int d = 0; d < Math.min(dimensions.size(), categories.size()); d++) {
                    found.computeIfAbsent(dimensions.get(d) + '\u0000' + categories.get(d), k -> new LinkedHashMap<>())
                            .merge((String) row[0], ((Number) row[2]).intValue(), Integer::sum);
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a subgroup cell of study " + studyId + " is not a JSON list", e);
            }
        }
        return found;
    }

    /** The lagging groups in Dutch: "vrouw (gender): 3 van 60 gewenst, eerder gevonden via Markt (2)". */
    private static String summary(List<Lagging> lagging) {
        if (lagging.isEmpty()) {
            return "Geen groep blijft achter.";
        }
        return "Nog te weinig mensen uit deze groepen: " + String.join("; ", lagging.stream().map(l -> l.category() + " ("
                + l.dimension() + ")" + (l.wanted() == null ? "" : ": " + l.completed() + " van " + l.wanted() + " gewenst")
                + (l.foundBy().isEmpty() ? "" : ", eerder gevonden via " + String.join(", ", l.foundBy().entrySet().stream()
                        .map(e -> e.getKey() + " (" + e.getValue() + ")").toList()))).toList()) + ".";
    }
}
