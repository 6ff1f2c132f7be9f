package nl.stemmen.monitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import jakarta.enterprise.context.ApplicationScoped;
import nl.stemmen.access.Staff;
import nl.stemmen.monitor.weighting.Raking;
import nl.stemmen.study.Studies;

/**
 * Post-stratification weights of a study's completed responses (issue 14): raked to the frame's
 * population margins over the dimensions a lead chooses, with trimming ({@link Raking}). Computed
 * on request from the subgroup cells, so they follow the data as fieldwork runs; the export carries them.
 */
@ApplicationScoped
public class Weights {

    private final Studies studies;
    private final MonitorQueries queries;

    public Weights(Studies studies, MonitorQueries queries) {
        this.studies = studies;
        this.queries = queries;
    }

    /**
     * How the raking went, as {@code GET /api/studies/{id}/weights} answers.
     *
     * @param dimensions     the dimensions raked over
     * @param respondents    completed responses weighted (excluded ones and those without a cell are not)
     * @param maxMarginError the largest relative margin error left
     * @param designEffect   Kish's 1 + CV² of the weights
     * @param trimmed        weights held at a trimming bound
     * @param problems       why the weights could not be made; then the figures are absent
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Report(List<String> dimensions, int respondents, Boolean converged, Integer iterations,
            Double maxMarginError, Double minWeight, Double maxWeight, Double designEffect, Integer trimmed,
            List<String> problems) {
    }

    /** The report and the weight of each response (same order: {@code responses[i]} has {@code weights[i]}). */
    public record Weighted(Report report, long[] responses, double[] weights) {
    }

    /**
     * Rakes the study's completes.
     *
     * @param by    dimension names to rake over; empty: all of the study's dimensions
     * @param trim  trimming bounds as multiples of the mean weight; {@link Raking.Options#DEFAULT} by default
     * @return empty when {@code staff} may not see the study
     * @throws IllegalArgumentException naming a dimension the study does not have, or one named twice
     */
    public Optional<Weighted> weigh(Staff staff, String studyId, List<String> by, Raking.Options trim) {
        Optional<Studies.Saved> study = studies.find(staff, studyId);
        if (study.isEmpty()) {
            return Optional.empty();
        }
        List<String> all = study.get().definition().dimensionNames();
        List<String> chosen = by.isEmpty() ? all : by;
        for (String name : chosen) {
            if (!all.contains(name)) {
                throw new IllegalArgumentException("the study has no dimension '" + name + "'; it has " + all);
            }
            if (chosen.indexOf(name) != chosen.lastIndexOf(name)) {
                throw new IllegalArgumentException("'" + name + "' is named twice; name each dimension once");
            }
        }
        List<MonitorSnapshot.Cell> cells = queries.cells(studyId);
        // per chosen dimension: category → index, and the population per category
        List<Map<String, Integer>> index = new ArrayList<>();
        List<List<Double>> population = new ArrayList<>();
        for (String name : chosen) {
            int d = all.indexOf(name);
            Map<String, Integer> categories = new LinkedHashMap<>();
            List<Double> counts = new ArrayList<>();
            for (MonitorSnapshot.Cell cell : cells) {
                int k = categories.computeIfAbsent(cell.categories().get(d), c -> {
                    counts.add(0.0);
                    return counts.size() - 1;
                });
                counts.set(k, counts.get(k) + cell.counts().population());
            }
            index.add(categories);
            population.add(counts);
        }
        Map<Long, MonitorSnapshot.Cell> byId = new LinkedHashMap<>();
        cells.forEach(cell -> byId.put(cell.id(), cell));
        List<long[]> respondents = queries.respondentCells(studyId);
        int[][] categories = new int[respondents.size()][chosen.size()];
        long[] responses = new long[respondents.size()];
        for (int i = 0; i < respondents.size(); i++) {
            responses[i] = respondents.get(i)[0];
            MonitorSnapshot.Cell cell = byId.get(respondents.get(i)[1]);
            for (int c = 0; c < chosen.size(); c++) {
                categories[i][c] = index.get(c).get(cell.categories().get(all.indexOf(chosen.get(c))));
            }
        }
        double[][] margins = population.stream().map(list -> list.stream().mapToDouble(Double::doubleValue).toArray())
                .toArray(double[][]::new);
        Raking.Outcome outcome = respondents.isEmpty() ? null : Raking.rake(categories, margins, trim);
        if (outcome == null || outcome.weights().isEmpty()) {
            List<String> problems = outcome == null ? List.of("no completed responses to weight yet")
                    : outcome.problems().stream().map(p -> describe(p, chosen, index)).toList();
            return Optional.of(new Weighted(new Report(chosen, respondents.size(), null, null, null, null, null, null, null,
                    problems), responses, new double[0]));
        }
        Raking.Weights w = outcome.weights().get();
        return Optional.of(new Weighted(new Report(chosen, respondents.size(), w.converged(), w.iterations(),
                w.maxMarginError(), w.minWeight(), w.maxWeight(), w.designEffect(),
                w.trimmedLow().size() + w.trimmedHigh().size(), List.of()), responses, w.weights()));
    }

    private static String describe(Raking.Problem problem, List<String> chosen, List<Map<String, Integer>> index) {
        if (problem.dimension() == null) {
            return problem.reason();
        }
        String dimension = chosen.get(problem.dimension());
        if (problem.category() == null) {
            return dimension + ": " + problem.reason();
        }
        String category = index.get(problem.dimension()).entrySet().stream()
                .filter(e -> e.getValue().equals(problem.category())).map(Map.Entry::getKey).findFirst().orElse("?");
        return dimension + " " + category + ": " + problem.reason();
    }
}
