package nl.stemmen.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.stemmen.access.Staff;

/**
 * Population counts a lead types in from register statistics (design §4, issue 15), for a study whose people are not
 * in a frame: an unbound batch mailed by DUO, open recruitment by flyers. Per dimension, the number of people in each
 * category, {@code {"gender": {"man": 30000, "vrouw": 34594}}}; every dimension given must add up to the same whole.
 * The monitor takes them where the study has no frame to count; where a frame exists, the frame wins.
 */
@ApplicationScoped
public class TypedPopulation {

    private static final Logger LOG = Logger.getLogger(TypedPopulation.class);

    private final Studies studies;
    private final EntityManager entities;

    public TypedPopulation(Studies studies, EntityManager entities) {
        this.studies = studies;
        this.entities = entities;
    }

    /** The study's typed-in counts, by dimension then category, in the order typed; empty maps when none. */
    @Transactional
    public Map<String, Map<String, Integer>> of(String studyId) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (Object row : entities.createNativeQuery("select dimension, category, people from study_population "
                + "where study_id = ?1 order by dimension, category").setParameter(1, studyId).getResultList()) {
            Object[] columns = (Object[]) row;
            counts.computeIfAbsent((String) columns[0], k -> new LinkedHashMap<>()).put((String) columns[1],
                    ((Number) columns[2]).intValue());
        }
        return counts;
    }

    /** The counts as the lead may read them; empty when the study is not theirs. */
    @Transactional
    public Optional<Map<String, Map<String, Integer>>> read(Staff staff, String studyId) {
        return studies.find(staff, studyId).map(study -> of(studyId));
    }

    /**
     * Replaces the study's typed-in counts ({@code {}} removes them). Logged.
     *
     * @return empty when the study is not the caller's; else the problems ({@code field}
     *         {@code population.<dimension>[.<category>]}), none when stored
     */
    @Transactional
    public Optional<List<Studies.Problem>> replace(Staff staff, String studyId, Map<String, Map<String, Integer>> counts) {
        Optional<Studies.Saved> study = studies.find(staff, studyId);
        if (study.isEmpty()) {
            return Optional.empty();
        }
        List<Studies.Problem> problems = new ArrayList<>();
        Map<String, Map<String, Integer>> typed = counts == null ? Map.of() : counts;
        List<String> dimensions = study.get().definition().dimensionNames();
        Map<String, Long> totals = new LinkedHashMap<>();
        typed.forEach((dimension, categories) -> {
            if (!dimensions.contains(dimension)) {
                problems.add(new Studies.Problem("population." + dimension, "'" + dimension + "' is no dimension of the study "
                        + dimensions));
                return;
            }
            if (categories == null || categories.isEmpty()) {
                problems.add(new Studies.Problem("population." + dimension, "give the number of people per category"));
                return;
            }
            categories.forEach((category, people) -> {
                if (people == null || people < 0) {
                    problems.add(new Studies.Problem("population." + dimension + "." + category, "a number of people, 0 or more"));
                } else if (category.isBlank() || category.length() > 200) {
                    problems.add(new Studies.Problem("population." + dimension, "a category name of 1 to 200 characters"));
                }
            });
            totals.put(dimension, categories.values().stream().filter(p -> p != null).mapToLong(Integer::longValue).sum());
        });
        if (problems.isEmpty() && totals.values().stream().distinct().count() > 1) {
            problems.add(new Studies.Problem("population", "each dimension's counts add up to the whole population, but they "
                    + "differ: " + totals + " (count people of unknown category in a category 'unknown')"));
        }
        if (!problems.isEmpty()) {
            return Optional.of(problems);
        }
        entities.createNativeQuery("delete from study_population where study_id = ?1").setParameter(1, studyId).executeUpdate();
        typed.forEach((dimension, categories) -> categories.forEach((category, people) -> entities.createNativeQuery(
                "insert into study_population (study_id, dimension, category, people) values (?1, ?2, ?3, ?4)")
                .setParameter(1, studyId).setParameter(2, dimension).setParameter(3, category).setParameter(4, people)
                .executeUpdate()));
        LOG.infof("Study %s: typed-in population %s by %s", studyId, totals, staff.username());
        return Optional.of(List.of());
    }
}
