package nl.stemmen.monitor;

import java.util.ArrayList;
import java.util.List;

/**
 * The R-indicator of a study's response and each dimension's unconditional partial R-indicator
 * (design §7), from the invited people grouped by their subgroup cell.
 *
 * <ul>
 * <li>Response propensities ρ̂: an unpenalised maximum-likelihood logistic regression of
 * completion on the main effects of the dimensions (an intercept and one indicator per category
 * but the first present one), {@link LogisticFit}.
 * <li>R = 1 − 2·S(ρ̂), S the standard deviation of ρ̂ over all invited people with denominator
 * N − 1 (Schouten, Cobben &amp; Bethlehem 2009, Survey Methodology 35(1)).
 * <li>Unconditional partial R of a dimension: √(Σ_k N_k (ρ̄_k − ρ̄)² / N), ρ̄_k the mean propensity
 * in category k (Schouten, Shlomo &amp; Skinner 2011, Journal of Official Statistics 27(2)).
 * </ul>
 */
public final class RIndicator {

    /**
     * A group of invited people who share a category on every dimension.
     *
     * @param categories per dimension, the index of the group's category
     * @param invited    people invited (groups with none are left out of the fit)
     * @param completed  of them, how many completed (a fraction for what-if figures)
     */
    public record Group(int[] categories, int invited, double completed) {
    }

    /**
     * @param r          the R-indicator, between −1 and 1 (1: everyone equally likely to respond); null for fewer than two people
     * @param partial    per dimension, its partial R-indicator; null entries for fewer than two people
     * @param converged  whether the regression settled
     */
    public record Result(Double r, Double[] partial, boolean converged) {
    }

    private RIndicator() {
    }

    /**
     * Computes R and the partial Rs.
     *
     * @param groups           the invited people by cell
     * @param categoryCounts   per dimension, how many categories it has (indices in {@link Group#categories} are below)
     */
    public static Result of(List<Group> groups, int[] categoryCounts) {
        List<Group> present = groups.stream().filter(g -> g.invited() > 0).toList();
        double total = present.stream().mapToDouble(Group::invited).sum();
        Double[] partial = new Double[categoryCounts.length];
        if (total < 2) {
            return new Result(null, partial, true);
        }
        LogisticFit.Result fit = LogisticFit.fit(design(present, categoryCounts), present.stream().mapToDouble(Group::invited).toArray(),
                present.stream().mapToDouble(Group::completed).toArray());
        double[] rho = fit.propensities();
        double mean = 0;
        for (int g = 0; g < rho.length; g++) {
            mean += present.get(g).invited() * rho[g];
        }
        mean /= total;
        double squares = 0;
        for (int g = 0; g < rho.length; g++) {
            squares += present.get(g).invited() * (rho[g] - mean) * (rho[g] - mean);
        }
        for (int d = 0; d < categoryCounts.length; d++) {
            double[] people = new double[categoryCounts[d]];
            double[] propensity = new double[categoryCounts[d]];
            for (int g = 0; g < rho.length; g++) {
                int k = present.get(g).categories()[d];
                people[k] += present.get(g).invited();
                propensity[k] += present.get(g).invited() * rho[g];
            }
            double between = 0;
            for (int k = 0; k < people.length; k++) {
                if (people[k] > 0) {
                    double categoryMean = propensity[k] / people[k];
                    between += people[k] * (categoryMean - mean) * (categoryMean - mean);
                }
            }
            partial[d] = Math.sqrt(between / total);
        }
        return new Result(1 - 2 * Math.sqrt(squares / (total - 1)), partial, fit.converged());
    }

    /** Intercept, then per dimension an indicator for each category present except the first present one. */
    private static double[][] design(List<Group> groups, int[] categoryCounts) {
        List<int[]> columns = new ArrayList<>(); // {dimension, category}
        for (int d = 0; d < categoryCounts.length; d++) {
            boolean[] present = new boolean[categoryCounts[d]];
            for (Group group : groups) {
                present[group.categories()[d]] = true;
            }
            boolean reference = true;
            for (int k = 0; k < present.length; k++) {
                if (present[k] && !reference) {
                    columns.add(new int[] {d, k});
                }
                reference &= !present[k];
            }
        }
        double[][] design = new double[groups.size()][columns.size() + 1];
        for (int g = 0; g < groups.size(); g++) {
            design[g][0] = 1;
            for (int c = 0; c < columns.size(); c++) {
                int[] column = columns.get(c);
                design[g][c + 1] = groups.get(g).categories()[column[0]] == column[1] ? 1 : 0;
            }
        }
        return design;
    }
}
