package nl.stemmen.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import nl.stemmen.api.UnreadableJsonMapper;

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
        List<UnreadableJsonMapper.Problem> problems = new ArrayList<>();
        chosen.forEach((name, categories) -> {
            if (!dimensions.contains(name)) {
                problems.add(new UnreadableJsonMapper.Problem(name, "the study has no dimension '" + name + "'; it has " + dimensions));
            } else if (categories == null || categories.isEmpty()) {
                problems.add(new UnreadableJsonMapper.Problem(name, "name at least one category of '" + name + "'"));
            }
        });
        if (!problems.isEmpty()) {
            return new Outcome(List.of(), problems);
        }
        List<Long> cells = queries.cells(studyId).stream().filter(c -> chosen.entrySet().stream()
                .allMatch(wanted -> wanted.getValue().contains(c.categories().get(dimensions.indexOf(wanted.getKey())))))
                .map(MonitorSnapshot.Cell::id).toList();
        return new Outcome(cells, List.of());
    }
}
