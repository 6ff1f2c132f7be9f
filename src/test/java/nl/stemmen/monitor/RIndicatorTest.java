package nl.stemmen.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The R-indicator and partial R-indicators against figures computed apart from Stemmen's code. */
class RIndicatorTest {

    private static RIndicator.Group group(int a, int b, int invited, double completed) {
        return new RIndicator.Group(new int[] {a, b}, invited, completed);
    }

    /**
     * 160 people in six cells of two dimensions. Reference figures: the same people fitted one by
     * one with scipy.optimize (BFGS on the log-likelihood, a different algorithm), whose −2 log
     * likelihood 182.29 PSPP's LOGISTIC REGRESSION also reports for these data.
     */
    @Test
    void matchesAnIndependentMaximumLikelihoodFit() {
        List<RIndicator.Group> groups = List.of(group(0, 0, 40, 12), group(0, 1, 25, 3), group(1, 0, 30, 15),
                group(1, 1, 20, 4), group(2, 0, 10, 6), group(2, 1, 35, 9));
        RIndicator.Result result = RIndicator.of(groups, new int[] {3, 2});
        assertTrue(result.converged());
        assertEquals(0.7217321918, result.r(), 1e-8);
        assertEquals(0.0649657825, result.partial()[0], 1e-8);
        assertEquals(0.10625, result.partial()[1], 1e-8);
    }

    /** Completes drawn exactly from a main-effects model: the fit must give that model's propensities back. */
    @Test
    void recoversPropensitiesThatFollowTheModelExactly() {
        double[] a = {-1.0, 0.2, 0.9};
        double[] b = {0, -0.7};
        List<RIndicator.Group> groups = new ArrayList<>();
        List<double[]> people = new ArrayList<>(); // {n, rho}
        int[] sizes = {120, 80, 45, 200, 60, 95};
        int g = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 2; j++) {
                double rho = 1 / (1 + Math.exp(-(a[i] + b[j])));
                groups.add(group(i, j, sizes[g], sizes[g] * rho));
                people.add(new double[] {sizes[g++], rho});
            }
        }
        double n = people.stream().mapToDouble(p -> p[0]).sum();
        double mean = people.stream().mapToDouble(p -> p[0] * p[1]).sum() / n;
        double spread = Math.sqrt(people.stream().mapToDouble(p -> p[0] * (p[1] - mean) * (p[1] - mean)).sum() / (n - 1));
        assertEquals(1 - 2 * spread, RIndicator.of(groups, new int[] {3, 2}).r(), 1e-9);
    }

    @Test
    void aCategoryWithoutAnyCompleteGetsPropensityZeroAndTheFitStillSettles() {
        // category 2 of the first dimension has nobody responding: maximum likelihood puts its propensity at 0
        List<RIndicator.Group> groups = List.of(group(0, 0, 10, 5), group(1, 0, 10, 2), group(2, 0, 5, 0),
                group(0, 1, 10, 3), group(2, 1, 5, 0));
        RIndicator.Result result = RIndicator.of(groups, new int[] {3, 2});
        assertTrue(result.converged());
        // the partial R of a dimension uses category means, which equal the observed rates at the optimum
        double[] rates = {8 / 20.0, 2 / 10.0, 0};
        double[] sizes = {20, 10, 10};
        double mean = 10 / 40.0;
        double between = 0;
        for (int k = 0; k < 3; k++) {
            between += sizes[k] * (rates[k] - mean) * (rates[k] - mean);
        }
        assertEquals(Math.sqrt(between / 40), result.partial()[0], 1e-6);
    }

    @Test
    void twoDimensionsThatSayTheSameThingDoNotBreakTheFit() {
        // the second dimension copies the first: its columns are aliased, the propensities are still the cell rates
        List<RIndicator.Group> groups = List.of(group(0, 0, 50, 10), group(1, 1, 50, 30));
        RIndicator.Result result = RIndicator.of(groups, new int[] {2, 2});
        double spread = Math.sqrt((50 * 0.2 * 0.2 + 50 * 0.2 * 0.2) / 99);
        assertEquals(1 - 2 * spread, result.r(), 1e-9);
    }

    @Test
    void withoutDimensionsEveryoneIsAlikeAndWithFewerThanTwoPeopleThereIsNoFigure() {
        assertEquals(1.0, RIndicator.of(List.of(new RIndicator.Group(new int[0], 30, 7)), new int[0]).r(), 1e-12);
        assertNull(RIndicator.of(List.of(new RIndicator.Group(new int[0], 1, 1)), new int[0]).r());
    }
}
