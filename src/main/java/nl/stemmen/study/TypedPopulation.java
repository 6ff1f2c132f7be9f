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

    /** The most people a count, or a dimension's whole, may hold: more than any register Stemmen serves, far below int's limit. */
    public static final int MOST_PEOPLE = 100_000_000;

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
     * @param counts dimension → category → people; a dimension with declared categories takes only those and
     *               {@value SubgroupCells#UNKNOWN} (exactly as written), each count 0 to {@value #MOST_PEOPLE}, and
     *               every dimension's counts add up to the same whole, more than 0 and at most {@value #MOST_PEOPLE}
     * @return empty when the study is not the caller's; else every problem at once ({@code field}
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
        List<StudyDefinition.Dimension> dimensions = study.get().definition().dimensions() == null ? List.of()
                : study.get().definition().dimensions();
        Map<String, Long> totals = new LinkedHashMap<>();
        typed.forEach((name, categories) -> {
            Optional<StudyDefinition.Dimension> dimension = dimensions.stream().filter(d -> d.name().equals(name)).findFirst();
            if (dimension.isEmpty()) {
                problems.add(new Studies.Problem("population." + name, "'" + name + "' is no dimension of the study "
                        + study.get().definition().dimensionNames()));
                return;
            }
            if (categories == null || categories.isEmpty()) {
                problems.add(new Studies.Problem("population." + name, "give the number of people per category"));
                return;
            }
            List<String> declared = dimension.get().categories() == null ? List.of() : dimension.get().categories();
            categories.forEach((category, people) -> {
                String field = "population." + name + "." + category;
                if (category.isBlank() || category.length() > 200) {
                    problems.add(new Studies.Problem("population." + name, "a category name of 1 to 200 characters"));
                } else if (!declared.isEmpty() && !declared.contains(category) && !SubgroupCells.UNKNOWN.equals(category)) {
                    problems.add(new Studies.Problem(field, "'" + category + "' is no category of " + name + "; it has "
                            + declared + " and " + SubgroupCells.UNKNOWN));
                }
                if (people == null || people < 0 || people > MOST_PEOPLE) {
                    problems.add(new Studies.Problem(field, "a number of people, 0 to " + MOST_PEOPLE));
                }
            });
            long total = categories.values().stream().filter(p -> p != null).mapToLong(Integer::longValue).sum();
            if (total == 0) {
                problems.add(new Studies.Problem("population." + name, "every count is 0: nobody to compare with"));
            } else if (total > MOST_PEOPLE) {
                problems.add(new Studies.Problem("population." + name, "adds up to " + total + ", more than " + MOST_PEOPLE));
            }
            totals.put(name, total);
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
