package nl.stemmen.monitor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import nl.stemmen.api.UnreadableJsonMapper;
import nl.stemmen.study.StudyDefinition;
import nl.stemmen.study.SubgroupCells;

/**
 * Which subgroup cells (study_cell) a choice such as {@code {"gender": ["vrouw"], "age_band": ["18_29", "30_39"]}}
 * means: those with one of the listed categories on each named dimension. Used by the non-responders'
 * list and by reminder waves, so both pick the same people.
 */
@ApplicationScoped
public class ChosenCells {

    private final MonitorQueries queries;

    public ChosenCells(MonitorQueries queries) {
        this.queries = queries;
    }

    /** The ids of the cells chosen, or the problems with the choice ({@code field} = the dimension named). */
    public record Outcome(List<Long> cells, List<UnreadableJsonMapper.Problem> problems) {
    }

    /**
     * @param dimensions the study's dimension names, in its order (the order of study_cell.categories)
     * @param chosen     dimension → the categories wanted (any of them); an empty map: every cell of the study
     * @return the matching cell ids (possibly none), or problems: a dimension the study lacks, or one naming no category
     */
    public Outcome of(String studyId, List<String> dimensions, Map<String, List<String>> chosen) {
        List<UnreadableJsonMapper.Problem> problems = dimensionProblems(dimensions, chosen);
        return problems.isEmpty() ? matching(queries.cells(studyId), dimensions, chosen) : new Outcome(List.of(), problems);
    }

    /**
     * As {@link #of}, but a category the study has nowhere is refused too, so that a wave to a misspelt cell is not
     * recorded as a wave to nobody (mailings).
     *
     * @param dimensions the study's dimensions, in its order
     * @return the matching cell ids, or every problem: besides {@link #of}'s, per dimension (the {@code field}) the
     *         categories, null among them, that are neither declared, nor {@value SubgroupCells#UNKNOWN} (people without
     *         a value), nor found in the study's cells
     */
    public Outcome ofKnownCategories(String studyId, List<StudyDefinition.Dimension> dimensions,
            Map<String, List<String>> chosen) {
        List<String> names = dimensions.stream().map(StudyDefinition.Dimension::name).toList();
        List<MonitorSnapshot.Cell> cells = queries.cells(studyId);
        List<UnreadableJsonMapper.Problem> problems = dimensionProblems(names, chosen);
        chosen.forEach((name, categories) -> {
            int d = names.indexOf(name);
            if (d < 0 || categories == null) {
                return;
            }
            Set<String> known = new LinkedHashSet<>(dimensions.get(d).categories() == null ? List.of()
                    : dimensions.get(d).categories());
            cells.stream().filter(cell -> cell.categories().size() > d).forEach(cell -> known.add(cell.categories().get(d)));
            known.add(SubgroupCells.UNKNOWN);
            List<String> strange = categories.stream().filter(category -> category == null || !known.contains(category))
                    .map(String::valueOf).toList();
            if (!strange.isEmpty()) {
                problems.add(new UnreadableJsonMapper.Problem(name, strange + " not among the categories of '" + name
                        + "': " + known));
            }
        });
        return problems.isEmpty() ? matching(cells, names, chosen) : new Outcome(List.of(), problems);
    }

    private static List<UnreadableJsonMapper.Problem> dimensionProblems(List<String> dimensions, Map<String, List<String>> chosen) {
        List<UnreadableJsonMapper.Problem> problems = new ArrayList<>();
        chosen.forEach((name, categories) -> {
            if (!dimensions.contains(name)) {
                problems.add(new UnreadableJsonMapper.Problem(name, "the study has no dimension '" + name + "'; it has " + dimensions));
            } else if (categories == null || categories.isEmpty()) {
                problems.add(new UnreadableJsonMapper.Problem(name, "name at least one category of '" + name + "'"));
            }
        });
        return problems;
    }

    private static Outcome matching(List<MonitorSnapshot.Cell> cells, List<String> dimensions, Map<String, List<String>> chosen) {
        return new Outcome(cells.stream().filter(c -> chosen.entrySet().stream()
                .allMatch(wanted -> wanted.getValue().contains(c.categories().get(dimensions.indexOf(wanted.getKey())))))
                .map(MonitorSnapshot.Cell::id).toList(), List.of());
    }
}
