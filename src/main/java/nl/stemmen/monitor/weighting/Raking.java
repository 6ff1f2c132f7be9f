package nl.stemmen.monitor.weighting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Post-stratification weights by raking: iterative proportional fitting of the respondents' weights to
 * the population's margins, one dimension after another, until every margin is met (Deming &amp; Stephan
 * 1940, "On a least squares adjustment of a sampled frequency table when the expected marginal totals
 * are known"). Optional trimming after every raking cycle, rake–trim–rake, as in Kolenikov 2014
 * ("Calibrating survey data using iterative proportional fitting (raking)", Stata Journal 14(1),
 * {@code ipfraking}) and the R package anesrake (Pasek): weights outside [lower, upper] × the mean
 * weight are held at the bound and the excess goes to the other weights, so they still sum to the
 * population total; the next cycle rakes again.
 * <p>
 * Pure: no database or framework; the monitor's service feeds it counts and stores the weights.
 */
public final class Raking {

    private Raking() {
    }

    /**
     * How long to rake and how to trim.
     *
     * @param maxIterations the most raking cycles (each cycle adjusts every dimension once), at least 1
     * @param tolerance     converged when every margin is within this relative error:
     *                      |weighted respondents − population| / population, above 0
     * @param lowerTrim     no weight below this multiple of the mean weight, in (0, 1]; null: no lower bound
     * @param upperTrim     no weight above this multiple of the mean weight, at least 1; null: no upper bound
     * @throws IllegalArgumentException for values outside those ranges
     */
    public record Options(int maxIterations, double tolerance, Double lowerTrim, Double upperTrim) {

        /** 100 cycles, a relative margin error of at most 10⁻⁶, weights between 0.2 and 5 times the mean. */
        public static final Options DEFAULT = new Options(100, 1e-6, 0.2, 5.0);

        public Options {
            if (maxIterations < 1) {
                throw new IllegalArgumentException("maxIterations must be at least 1, not " + maxIterations);
            }
            if (!(tolerance > 0)) {
                throw new IllegalArgumentException("tolerance must be above 0, not " + tolerance);
            }
            if (lowerTrim != null && !(lowerTrim > 0 && lowerTrim <= 1)) {
                throw new IllegalArgumentException("lowerTrim is a multiple of the mean weight in (0, 1], not " + lowerTrim);
            }
            if (upperTrim != null && !(upperTrim >= 1 && upperTrim < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("upperTrim is a multiple of the mean weight of at least 1, not " + upperTrim);
            }
        }

        /** These options with other trimming bounds (null: that side untrimmed). */
        public Options trimmedTo(Double lower, Double upper) {
            return new Options(maxIterations, tolerance, lower, upper);
        }
    }

    /**
     * Why the input cannot be raked. {@code dimension} and {@code category} are indexes into the
     * population margins; {@code category} is null when the problem is the dimension's as a whole, both
     * are null when it is the input's.
     */
    public record Problem(Integer dimension, Integer category, String reason) {
    }

    /**
     * The weights and how well they fit.
     *
     * @param weights        one weight per respondent, in the input's order, summing to the population total
     * @param converged      whether every margin is within the tolerance
     * @param iterations     raking cycles done
     * @param maxMarginError the largest relative margin error left, |weighted − population| / population
     * @param minWeight      the smallest weight
     * @param maxWeight      the largest weight
     * @param designEffect   Kish's design effect from weighting, 1 + CV² of the weights (CV with denominator n)
     * @param trimmedLow     respondents (indexes) held at the lower bound by the last trimming, ascending
     * @param trimmedHigh    respondents (indexes) held at the upper bound by the last trimming, ascending
     */
    public record Weights(double[] weights, boolean converged, int iterations, double maxMarginError,
            double minWeight, double maxWeight, double designEffect, List<Integer> trimmedLow, List<Integer> trimmedHigh) {
    }

    /** Either weights (and no problems) or the problems that stopped raking (and no weights). */
    public record Outcome(Optional<Weights> weights, List<Problem> problems) {
    }

    /** {@link #rake(int[][], double[][], Options)} with {@link Options#DEFAULT}. */
    public static Outcome rake(int[][] respondents, double[][] population) {
        return rake(respondents, population, Options.DEFAULT);
    }

    /**
     * Rakes equal starting weights to the population margins.
     *
     * @param respondents {@code respondents[i][d]}: respondent i's category (index) in dimension d
     * @param population  {@code population[d][k]}: the population count of category k of dimension d; every
     *                    dimension must add up to the same total (count unknown values as a category of their own)
     * @return weights, or problems: no respondents or no dimensions, a count that is negative or no number,
     *         a category with respondents but no population or with population but no respondents (a category
     *         with neither is fine), dimensions whose totals differ
     * @throws IllegalArgumentException when a respondent has the wrong number of dimensions or a category
     *                                  outside its dimension: the caller built the indexes wrongly
     */
    public static Outcome rake(int[][] respondents, double[][] population, Options options) {
        List<Problem> problems = problems(respondents, population, options);
        if (!problems.isEmpty()) {
            return new Outcome(Optional.empty(), problems);
        }
        return new Outcome(Optional.of(new Fitting(respondents, population, options).fit()), List.of());
    }

    private static List<Problem> problems(int[][] respondents, double[][] population, Options options) {
        List<Problem> problems = new ArrayList<>();
        if (population.length == 0) {
            problems.add(new Problem(null, null, "no dimensions to weight by"));
        }
        if (respondents.length == 0) {
            problems.add(new Problem(null, null, "no respondents to weight"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        int[][] counts = respondentCounts(respondents, population);
        double total = total(population[0]);
        for (int d = 0; d < population.length; d++) {
            for (int k = 0; k < population[d].length; k++) {
                double size = population[d][k];
                if (!(size >= 0 && size < Double.POSITIVE_INFINITY)) {
                    problems.add(new Problem(d, k, "the population count is " + size + "; it must be a number of 0 or more"));
                } else if (size == 0 && counts[d][k] > 0) {
                    problems.add(new Problem(d, k, counts[d][k] + " respondents but nobody in the population"));
                } else if (size > 0 && counts[d][k] == 0) {
                    problems.add(new Problem(d, k, "no respondents, so nobody can stand for its " + people(size)
                            + " people; merge it with a neighbouring category"));
                }
            }
            double dimensionTotal = total(population[d]);
            if (d > 0 && Math.abs(dimensionTotal - total) > options.tolerance() * total) {
                problems.add(new Problem(d, null, "adds up to " + people(dimensionTotal) + " people, dimension 0 to " + people(total)
                        + "; count unknown values as a category of their own"));
            }
        }
        return problems;
    }

    private static int[][] respondentCounts(int[][] respondents, double[][] population) {
        int[][] counts = new int[population.length][];
        for (int d = 0; d < population.length; d++) {
            counts[d] = new int[population[d].length];
        }
        for (int i = 0; i < respondents.length; i++) {
            if (respondents[i].length != population.length) {
                throw new IllegalArgumentException("respondent " + i + " has " + respondents[i].length
                        + " categories for " + population.length + " dimensions");
            }
            for (int d = 0; d < population.length; d++) {
                int k = respondents[i][d];
                if (k < 0 || k >= population[d].length) {
                    throw new IllegalArgumentException("respondent " + i + " has category " + k + " in dimension " + d
                            + ", which has " + population[d].length + " categories");
                }
                counts[d][k]++;
            }
        }
        return counts;
    }

    /** A count as people read it: 368, not 368.0. */
    private static String people(double count) {
        return count == Math.rint(count) ? String.valueOf((long) count) : String.valueOf(count);
    }

    private static double total(double[] counts) {
        double sum = 0;
        for (double c : counts) {
            sum += c;
        }
        return sum;
    }

    /** One raking run over valid input: the weights change in place, cycle after cycle. */
    private static final class Fitting {

        /** {@code categories[d][i]}: respondent i's category in dimension d (by dimension, so each pass reads one array). */
        private final int[][] categories;
        private final double[][] population;
        private final Options options;
        private final double total;
        private final double[] weights;
        private final double lowest;
        private final double highest;
        private final List<Integer> heldLow = new ArrayList<>();
        private final List<Integer> heldHigh = new ArrayList<>();

        Fitting(int[][] respondents, double[][] population, Options options) {
            this.categories = new int[population.length][respondents.length];
            for (int i = 0; i < respondents.length; i++) {
                for (int d = 0; d < population.length; d++) {
                    categories[d][i] = respondents[i][d];
                }
            }
            this.population = population;
            this.options = options;
            this.total = total(population[0]);
            double mean = total / respondents.length;
            this.weights = new double[respondents.length];
            Arrays.fill(weights, mean);
            // the mean weight is fixed (total / n) because every trim gives the excess back
            this.lowest = options.lowerTrim() == null ? 0 : options.lowerTrim() * mean;
            this.highest = options.upperTrim() == null ? Double.POSITIVE_INFINITY : options.upperTrim() * mean;
        }

        Weights fit() {
            int iterations = 0;
            double error;
            do {
                iterations++;
                for (int d = 0; d < population.length; d++) {
                    adjust(d);
                }
                if (options.lowerTrim() != null || options.upperTrim() != null) {
                    trim();
                }
                error = maxMarginError();
            } while (error > options.tolerance() && iterations < options.maxIterations());
            return summary(iterations, error);
        }

        /** Multiplies each respondent's weight so that dimension d's weighted margins equal the population's. */
        private void adjust(int d) {
            double[] factors = population[d].clone();
            double[] weighted = margins(d);
            for (int k = 0; k < factors.length; k++) {
                // a category without respondents is 0 in the population too (checked before), and stays 0
                factors[k] = weighted[k] > 0 ? factors[k] / weighted[k] : 0;
            }
            int[] category = categories[d];
            for (int i = 0; i < weights.length; i++) {
                weights[i] *= factors[category[i]];
            }
        }

        /**
         * Trims and gives the excess back: scales every weight by the one factor c for which the scaled
         * weights, each held within [lowest, highest], add up to the population total. That sum grows with
         * c and is linear while the same weights are held, so the exact step for the weights held at a guess
         * (Newton's, kept inside a bracket that halves when it would leave it) soon lands on c.
         */
        private void trim() {
            double min = Double.POSITIVE_INFINITY, max = 0, sum = 0;
            for (double w : weights) {
                min = Math.min(min, w);
                max = Math.max(max, w);
                sum += w;
            }
            // all at or under the lower bound adds up to at most the total; all at or over the upper bound
            // (or, without one, nobody cut down) to at least the total
            double below = lowest / max;
            double above = highest < Double.POSITIVE_INFINITY ? highest / min : total / sum;
            double scale = total / sum;
            for (int round = 0; round < 200; round++) {
                double[] split = split(scale);
                double reached = split[0] + scale * split[1];
                if (Math.abs(reached - total) <= 1e-12 * total) {
                    break;
                }
                if (reached < total) {
                    below = scale;
                } else {
                    above = scale;
                }
                // the exact step for the weights held now, unless it leaves the bracket: then halve it
                double exact = split[1] > 0 ? (total - split[0]) / split[1] : Double.NaN;
                scale = exact > below && exact < above ? exact : (below + above) / 2;
            }
            heldLow.clear();
            heldHigh.clear();
            for (int i = 0; i < weights.length; i++) {
                double w = weights[i] * scale;
                if (w <= lowest || w >= highest) {
                    (w <= lowest ? heldLow : heldHigh).add(i);
                }
                weights[i] = Math.max(lowest, Math.min(highest, w));
            }
        }

        /** At scale c: the sum of the weights held at a bound, and the sum of the others before scaling. */
        private double[] split(double scale) {
            double held = 0, free = 0;
            for (double w : weights) {
                double scaled = w * scale;
                if (scaled <= lowest) {
                    held += lowest;
                } else if (scaled >= highest) {
                    held += highest;
                } else {
                    free += w;
                }
            }
            return new double[] {held, free};
        }

        private double[] margins(int d) {
            double[] weighted = new double[population[d].length];
            int[] category = categories[d];
            for (int i = 0; i < weights.length; i++) {
                weighted[category[i]] += weights[i];
            }
            return weighted;
        }

        private double maxMarginError() {
            double worst = 0;
            for (int d = 0; d < population.length; d++) {
                double[] weighted = margins(d);
                for (int k = 0; k < weighted.length; k++) {
                    if (population[d][k] > 0) {
                        worst = Math.max(worst, Math.abs(weighted[k] - population[d][k]) / population[d][k]);
                    }
                }
            }
            return worst;
        }

        private Weights summary(int iterations, double error) {
            double min = Double.POSITIVE_INFINITY, max = 0, sum = 0, squares = 0;
            for (double w : weights) {
                min = Math.min(min, w);
                max = Math.max(max, w);
                sum += w;
                squares += w * w;
            }
            // 1 + CV² = n·Σw² / (Σw)², with the population variance in the CV
            double designEffect = weights.length * squares / (sum * sum);
            return new Weights(weights, error <= options.tolerance(), iterations, error, min, max, designEffect,
                    List.copyOf(heldLow), List.copyOf(heldHigh));
        }
    }
}
