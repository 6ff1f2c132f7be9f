package nl.stemmen.monitor.weighting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import nl.stemmen.monitor.weighting.Raking.Options;
import nl.stemmen.monitor.weighting.Raking.Problem;
import nl.stemmen.monitor.weighting.Raking.Weights;

class RakingTest {

    private static final Options UNTRIMMED = Options.DEFAULT.trimmedTo(null, null);

    /**
     * Respondents by gender × age: 3, 1 / 2, 4. Population margins gender 50/50, age 40/60. Raking keeps
     * the table's odds ratio (3·4 / 1·2 = 6), and the only table with those margins and that ratio is
     * 30, 20 / 10, 40 (30·40 / 20·10 = 6): weights 30/3, 20/1, 10/2, 40/4.
     */
    @Test
    void aTwoByTwoTableRakesToTheTableWithTheSameOddsRatio() {
        int[][] respondents = fromTable(new int[][] {{3, 1}, {2, 4}}, null);
        Weights w = weights(Raking.rake(respondents, new double[][] {{50, 50}, {40, 60}}));

        assertArrayEquals(new double[] {10, 10, 10, 20, 5, 5, 10, 10, 10, 10}, w.weights(), 1e-4);
        assertTrue(w.converged());
        assertTrue(w.iterations() > 1 && w.iterations() < 100, "needs a few cycles: " + w.iterations());
        assertTrue(w.maxMarginError() <= 1e-6);
        assertEquals(100, sum(w.weights()), 1e-9);
        assertEquals(5, w.minWeight(), 1e-4);
        assertEquals(20, w.maxWeight(), 1e-4);
        // 1 + CV² = n·Σw² / (Σw)² = 10 · (3·100 + 400 + 2·25 + 4·100) / 100² = 1.15
        assertEquals(1.15, w.designEffect(), 1e-6);
        assertEquals(List.of(), w.trimmedLow());
        assertEquals(List.of(), w.trimmedHigh());
    }

    /** Equal weights when the respondents already look like the population: design effect 1. */
    @Test
    void respondentsLikeThePopulationKeepEqualWeights() {
        int[][] respondents = fromTable(new int[][] {{2, 3}, {2, 3}}, null);
        Weights w = weights(Raking.rake(respondents, new double[][] {{400, 400}, {320, 480}}));
        for (double weight : w.weights()) {
            assertEquals(80, weight, 1e-9);
        }
        assertEquals(1, w.designEffect(), 1e-12);
        assertEquals(1, w.iterations());
    }

    /**
     * A 3 × 4 cross-classification of respondents: each respondent's raking weight is their cell's
     * fitted count over the cell's respondents, where the fitted table comes from classic IPF of the
     * table itself, computed here from the table without Raking.
     */
    @Test
    void weightsEqualIpfOfTheCrossTable() {
        int[][] table = {{12, 5, 30, 7}, {3, 22, 9, 14}, {8, 1, 6, 19}};
        double[] rows = {3_100, 2_450, 1_900};
        double[] columns = {1_200, 2_000, 2_700, 1_550};
        int[][] respondents = fromTable(table, new Random(14));

        Weights w = weights(Raking.rake(respondents, new double[][] {rows, columns}, UNTRIMMED));

        double[][] fitted = ipf(table, rows, columns);
        assertTrue(w.converged());
        for (int i = 0; i < respondents.length; i++) {
            int j = respondents[i][0], k = respondents[i][1];
            double expected = fitted[j][k] / table[j][k];
            assertEquals(expected, w.weights()[i], expected * 1e-5, "respondent " + i + " in cell " + j + "," + k);
        }
        assertEquals(7_450, sum(w.weights()), 1e-6);
    }

    /**
     * Respondents 1, 20 / 20, 20 raked to 50/50 and 50/50: the lone respondent in the first cell would
     * weigh 9.14, 5.6 times the mean 100/61. Trimmed at 5 times the mean (8.197) it is held there and
     * the margins are still met, by the other cells taking the rest.
     */
    @Test
    void aWeightAboveTheUpperBoundIsHeldThereAndTheMarginsAreStillMet() {
        int[][] respondents = fromTable(new int[][] {{1, 20}, {20, 20}}, null);
        double[][] population = {{50, 50}, {50, 50}};
        double mean = 100.0 / 61;

        Weights untrimmed = weights(Raking.rake(respondents, population, UNTRIMMED));
        assertEquals(9.14, untrimmed.weights()[0], 0.01, "without trimming the lone respondent weighs more than 5 × the mean");

        Weights w = weights(Raking.rake(respondents, population, Options.DEFAULT));
        assertTrue(w.converged());
        assertTrue(w.maxMarginError() <= 1e-6);
        assertEquals(List.of(0), w.trimmedHigh());
        assertEquals(List.of(), w.trimmedLow());
        assertEquals(5 * mean, w.weights()[0], 1e-9);
        assertEquals(5 * mean, w.maxWeight(), 1e-9);
        assertEquals(100, sum(w.weights()), 1e-9);
        for (double weight : w.weights()) {
            assertTrue(weight >= 0.2 * mean && weight <= 5 * mean + 1e-9, "within the bounds: " + weight);
        }
    }

    /**
     * The same table with a lower bound of 0.3 × the mean as well: the first cell and the last must hold
     * the same count (both margins are 50/50), but the last cell's 20 respondents then weigh at least
     * 20 × 0.3 × 100/61 = 9.84 and the first at most 8.2. No weights do both: raking reports that it did
     * not converge, and the weights it leaves are within the bounds.
     */
    @Test
    void boundsThatCannotBeMetTogetherWithTheMarginsAreReportedAsNotConverged() {
        int[][] respondents = fromTable(new int[][] {{1, 20}, {20, 20}}, null);
        double mean = 100.0 / 61;

        Weights w = weights(Raking.rake(respondents, new double[][] {{50, 50}, {50, 50}}, Options.DEFAULT.trimmedTo(0.3, 5.0)));

        assertFalse(w.converged());
        assertEquals(100, w.iterations());
        assertTrue(w.maxMarginError() > 0.01, "a margin stays visibly off: " + w.maxMarginError());
        assertEquals(List.of(0), w.trimmedHigh());
        assertFalse(w.trimmedLow().isEmpty(), "the last cell's respondents are held at the lower bound");
        for (int i : w.trimmedLow()) {
            assertEquals(0.3 * mean, w.weights()[i], 1e-9);
            assertEquals(1, respondents[i][0]);
            assertEquals(1, respondents[i][1]);
        }
        assertTrue(w.minWeight() >= 0.3 * mean - 1e-12 && w.maxWeight() <= 5 * mean + 1e-12);
        assertEquals(100, sum(w.weights()), 1e-9);
    }

    /** Nobody is both young and a man, or old and a woman: no weights give 50/50 and 30/70 at once. */
    @Test
    void marginsThatEmptyCellsMakeImpossibleAreReportedAsNotConverged() {
        int[][] respondents = fromTable(new int[][] {{5, 0}, {0, 5}}, null);
        Weights w = weights(Raking.rake(respondents, new double[][] {{50, 50}, {30, 70}}, UNTRIMMED));

        assertFalse(w.converged());
        assertEquals(100, w.iterations());
        // it ends on the age margins: 30 and 70 people, so each gender is 20 away from its 50
        assertEquals(0.4, w.maxMarginError(), 1e-9);
        assertEquals(100, sum(w.weights()), 1e-9);
    }

    @Test
    void oneCycleIsNotEnoughForTheTwoByTwoTable() {
        int[][] respondents = fromTable(new int[][] {{3, 1}, {2, 4}}, null);
        Weights w = weights(Raking.rake(respondents, new double[][] {{50, 50}, {40, 60}}, new Options(1, 1e-6, 0.2, 5.0)));

        assertFalse(w.converged());
        assertEquals(1, w.iterations());
        assertTrue(w.maxMarginError() > 1e-3, "the gender margins are still off: " + w.maxMarginError());
    }

    @Test
    void aCategoryWithoutRespondentsIsAProblemAndNoWeightsAreMade() {
        int[][] respondents = fromTable(new int[][] {{3, 1}, {2, 4}}, null);
        Raking.Outcome outcome = Raking.rake(respondents, new double[][] {{50, 50}, {40, 50, 10}});

        assertTrue(outcome.weights().isEmpty());
        assertEquals(1, outcome.problems().size());
        Problem problem = outcome.problems().get(0);
        assertEquals(1, problem.dimension());
        assertEquals(2, problem.category());
        assertEquals("no respondents, so nobody can stand for its 10 people; merge it with a neighbouring category", problem.reason());
    }

    @Test
    void otherPopulationsThatCannotBeRakedAreProblemsWithTheirPlace() {
        int[][] respondents = fromTable(new int[][] {{3, 1}, {2, 4}}, null);

        assertEquals(List.of(new Problem(1, 1, "5 respondents but nobody in the population")),
                Raking.rake(respondents, new double[][] {{50, 50}, {100, 0}}).problems());
        assertEquals(List.of(new Problem(1, null, "adds up to 120 people, dimension 0 to 100; count unknown values as a category of their own")),
                Raking.rake(respondents, new double[][] {{50, 50}, {40, 80}}).problems());
        assertEquals(new Problem(0, 1, "the population count is NaN; it must be a number of 0 or more"),
                Raking.rake(respondents, new double[][] {{50, Double.NaN}, {40, 60}}).problems().get(0));
        assertEquals(List.of(new Problem(1, 0, "the population count is -40.0; it must be a number of 0 or more"),
                new Problem(1, null, "adds up to 20 people, dimension 0 to 100; count unknown values as a category of their own")),
                Raking.rake(respondents, new double[][] {{50, 50}, {-40, 60}}).problems());
        assertEquals(List.of(new Problem(null, null, "no respondents to weight")),
                Raking.rake(new int[0][], new double[][] {{50, 50}}).problems());
        assertEquals(List.of(new Problem(null, null, "no dimensions to weight by")),
                Raking.rake(new int[][] {{}}, new double[0][]).problems());
    }

    @Test
    void aCategoryWithNeitherPeopleNorRespondentsIsNoProblem() {
        int[][] respondents = fromTable(new int[][] {{3, 1}, {2, 4}}, null);
        Weights w = weights(Raking.rake(respondents, new double[][] {{50, 50, 0}, {40, 60}}));
        assertArrayEquals(new double[] {10, 10, 10, 20, 5, 5, 10, 10, 10, 10}, w.weights(), 1e-4);
    }

    @Test
    void indexesTheCallerBuiltWronglyAreAnIllegalArgument() {
        double[][] population = {{50, 50}, {40, 60}};
        assertEquals("respondent 1 has category 2 in dimension 1, which has 2 categories",
                assertThrows(IllegalArgumentException.class, () -> Raking.rake(new int[][] {{0, 0}, {1, 2}}, population)).getMessage());
        assertEquals("respondent 0 has 1 categories for 2 dimensions",
                assertThrows(IllegalArgumentException.class, () -> Raking.rake(new int[][] {{0}}, population)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Options(0, 1e-6, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Options(100, 0, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Options(100, 1e-6, 1.5, null));
        assertThrows(IllegalArgumentException.class, () -> new Options(100, 1e-6, null, 0.8));
    }

    private static Weights weights(Raking.Outcome outcome) {
        assertEquals(List.of(), outcome.problems());
        return outcome.weights().orElseThrow();
    }

    /** One respondent {j, k} per count in cell (j, k), row by row, or shuffled when a random is given. */
    private static int[][] fromTable(int[][] table, Random shuffle) {
        List<int[]> respondents = new ArrayList<>();
        for (int j = 0; j < table.length; j++) {
            for (int k = 0; k < table[j].length; k++) {
                for (int n = 0; n < table[j][k]; n++) {
                    respondents.add(new int[] {j, k});
                }
            }
        }
        if (shuffle != null) {
            Collections.shuffle(respondents, shuffle);
        }
        return respondents.toArray(int[][]::new);
    }

    /** Classic IPF of a two-way table to its row and column totals, alternating until both fit to 1e-12. */
    private static double[][] ipf(int[][] table, double[] rows, double[] columns) {
        double[][] m = new double[table.length][];
        for (int j = 0; j < table.length; j++) {
            m[j] = new double[table[j].length];
            for (int k = 0; k < table[j].length; k++) {
                m[j][k] = table[j][k];
            }
        }
        for (int round = 0; round < 10_000; round++) {
            for (int j = 0; j < m.length; j++) {
                double rowSum = sum(m[j]);
                for (int k = 0; k < m[j].length; k++) {
                    m[j][k] *= rows[j] / rowSum;
                }
            }
            double worst = 0;
            for (int k = 0; k < columns.length; k++) {
                double columnSum = 0;
                for (double[] row : m) {
                    columnSum += row[k];
                }
                for (double[] row : m) {
                    row[k] *= columns[k] / columnSum;
                }
            }
            for (int j = 0; j < m.length; j++) {
                worst = Math.max(worst, Math.abs(sum(m[j]) - rows[j]) / rows[j]);
            }
            if (worst < 1e-12) {
                return m;
            }
        }
        throw new AssertionError("IPF of the test table did not converge");
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }
}
