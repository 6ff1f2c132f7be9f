package nl.stemmen.monitor;

import java.util.Arrays;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * An unpenalised maximum-likelihood logistic regression on grouped binomial data, fitted by
 * iteratively reweighted least squares (McCullagh &amp; Nelder, Generalized Linear Models, 2nd ed.,
 * §2.5; the same iteration as R's {@code glm.fit}). No ridge or L2 term: the fitted propensities
 * are the maximum-likelihood ones, which is what the R-indicator needs.
 *
 * <p>Each step solves the weighted least-squares (normal) equations, a p × p system, by singular
 * value decomposition, so the work per step grows with the groups only linearly, and aliased columns (a category that coincides with another dimension's) give the minimum-norm
 * solution instead of failing; the fitted values, which are all that is used, are unique. Under
 * (quasi-)separation (a category with no completes at all) the coefficients run off but the
 * fitted values converge to 0 or 1, as maximum likelihood says.
 */
public final class LogisticFit {

    private static final int MAX_ITERATIONS = 100;
    /** Relative change in deviance at which the fit stops, as {@code glm.control} but stricter. */
    private static final double TOLERANCE = 1e-12;
    private static final double EDGE = 1e-15;

    /**
     * @param propensities the fitted probability for each group, in input order
     * @param iterations   IRLS steps taken
     * @param converged    whether the deviance settled before {@value #MAX_ITERATIONS} steps
     */
    public record Result(double[] propensities, int iterations, boolean converged) {
    }

    private LogisticFit() {
    }

    /**
     * Fits the model.
     *
     * @param design    one row per group, one column per parameter (the intercept column included)
     * @param trials    per group, the number of people (n &gt; 0)
     * @param successes per group, how many of them responded (0 ≤ y ≤ n; fractions allowed, for what-if figures)
     * @throws IllegalArgumentException when the shapes do not agree or a group has no people
     */
    public static Result fit(double[][] design, double[] trials, double[] successes) {
        int groups = design.length;
        if (trials.length != groups || successes.length != groups) {
            throw new IllegalArgumentException("design, trials and successes need one entry per group");
        }
        RealMatrix x = new Array2DRowRealMatrix(design, false);
        double[] mu = new double[groups];
        double[] eta = new double[groups];
        for (int g = 0; g < groups; g++) {
            if (!(trials[g] > 0) || successes[g] < 0 || successes[g] > trials[g]) {
                throw new IllegalArgumentException("group " + g + " needs n > 0 and 0 <= y <= n");
            }
            mu[g] = (successes[g] + 0.5) / (trials[g] + 1);
            eta[g] = Math.log(mu[g] / (1 - mu[g]));
        }
        double deviance = deviance(trials, successes, mu);
        int parameters = design.length == 0 ? 0 : design[0].length;
        int[][] nonZero = new int[groups][];
        for (int g = 0; g < groups; g++) {
            int[] row = new int[parameters];
            int count = 0;
            for (int i = 0; i < parameters; i++) {
                if (design[g][i] != 0) {
                    row[count++] = i;
                }
            }
            nonZero[g] = Arrays.copyOf(row, count); // indicator designs: a few ones per row
        }
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            // the normal equations XᵀWX β = XᵀWz: p × p, whatever the number of groups
            double[][] information = new double[parameters][parameters];
            double[] score = new double[parameters];
            for (int g = 0; g < groups; g++) {
                double variance = mu[g] * (1 - mu[g]);
                double w = trials[g] * variance;
                double z = eta[g] + (successes[g] / trials[g] - mu[g]) / variance;
                double[] row = design[g];
                for (int i : nonZero[g]) {
                    score[i] += w * row[i] * z;
                    for (int j : nonZero[g]) {
                        information[i][j] += w * row[i] * row[j];
                    }
                }
            }
            RealVector beta = new SingularValueDecomposition(new Array2DRowRealMatrix(information, false)).getSolver()
                    .solve(new ArrayRealVector(score, false));
            RealVector linear = x.operate(beta);
            for (int g = 0; g < groups; g++) {
                eta[g] = linear.getEntry(g);
                mu[g] = Math.min(1 - EDGE, Math.max(EDGE, 1 / (1 + Math.exp(-eta[g]))));
            }
            double next = deviance(trials, successes, mu);
            if (Math.abs(next - deviance) <= TOLERANCE * (Math.abs(next) + 0.1)) {
                return new Result(mu, iteration, true);
            }
            deviance = next;
        }
        return new Result(mu, MAX_ITERATIONS, false);
    }

    /** Twice the negative log-likelihood, up to a constant: what IRLS lowers at each step. */
    private static double deviance(double[] trials, double[] successes, double[] mu) {
        double sum = 0;
        for (int g = 0; g < mu.length; g++) {
            sum -= 2 * (successes[g] * Math.log(mu[g]) + (trials[g] - successes[g]) * Math.log(1 - mu[g]));
        }
        return sum;
    }
}
