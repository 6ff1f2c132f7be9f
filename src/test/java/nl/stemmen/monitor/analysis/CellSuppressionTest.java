package nl.stemmen.monitor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Suppression of small cells in tables made by hand (design §5): the primary cells are hidden, and a
 * reader who subtracts shown cells from shown totals, row by row and column by column or with any
 * combination of them, gets none of them back.
 */
class CellSuppressionTest {

    private static final String P = "primary";
    private static final String C = "complementary";

    /** The table with its margins as marks: "primary", "complementary" or the count shown. */
    private static List<List<String>> marks(SuppressedTable table) {
        List<List<String>> grid = new ArrayList<>();
        for (int i = 0; i <= table.rowTotals().size(); i++) {
            List<String> row = new ArrayList<>();
            for (int j = 0; j <= table.columnTotals().size(); j++) {
                SuppressedTable.Cell cell = i < table.rowTotals().size() && j < table.columnTotals().size() ? table.cell(i, j)
                        : i < table.rowTotals().size() ? table.rowTotals().get(i)
                        : j < table.columnTotals().size() ? table.columnTotals().get(j) : table.total();
                row.add(cell.shown() ? String.valueOf(cell.count()) : cell.suppressed().code());
            }
            grid.add(row);
        }
        return grid;
    }

    private static SuppressedTable suppress(int minimum, long[]... rows) {
        return CellSuppression.suppress(rows, rows[0].length, minimum);
    }

    @Test
    void withOnlyThePrimaryCellHiddenItsRowTotalGivesItAway() {
        // the attack this class is about, on a table as it would be without complementary suppression
        SuppressedTable naive = table(new long[][] { { 12, 2 } }, List.of(List.of("12", P, "14"), List.of("12", "2", "14")));
        assertEquals(Map.of("0,1", 2L), new Attacker(naive).bySubtraction());
        assertEquals(List.of("0,1"), new Attacker(naive).byLinearAlgebra());
    }

    @Test
    void aSmallCellTakesTheSmallestCellsOfItsRowAndColumnAlongUntilEveryRowAndColumnHidesTwo() {
        // answers (rows) by three categories (columns); 2 people answered x in category b
        SuppressedTable table = suppress(5,
                new long[] { 12, 2, 20 },
                new long[] { 8, 15, 11 },
                new long[] { 30, 9, 7 });
        // row x: 12 is its smallest other cell; column a then needs 8, row y 11, column b 9, row z 7
        assertEquals(List.of(
                List.of(C, P, "20", "34"),
                List.of(C, "15", C, "34"),
                List.of("30", C, C, "46"),
                List.of("50", "26", "38", "114")), marks(table));
        assertEquals(Map.of(), new Attacker(table).bySubtraction(), "no row or column total gives a hidden cell back");
        assertEquals(List.of(), new Attacker(table).byLinearAlgebra(), "nor any sum and difference of them");
    }

    @Test
    void twoSmallCellsInARowStillNeedPartnersInTheirColumns() {
        SuppressedTable table = suppress(5,
                new long[] { 3, 4, 25 },
                new long[] { 10, 20, 30 });
        // the row hides two already (3 + 4 = 7, not under 5); each column has one, subtraction from 13 and 24 would give it
        assertEquals(List.of(
                List.of(P, P, "25", "32"),
                List.of(C, C, "30", "60"),
                List.of("13", "24", "55", "92")), marks(table));
        assertEquals(Map.of(), new Attacker(table).bySubtraction());
        assertEquals(List.of(), new Attacker(table).byLinearAlgebra());
    }

    @Test
    void hiddenCellsThatAddUpToASmallGroupTakeOneMoreAlong() {
        SuppressedTable table = suppress(5,
                new long[] { 1, 2, 30, 40 },
                new long[] { 20, 25, 35, 45 });
        // 73 - 30 - 40 would say that 3 people are in a or b: row x hides its 30 as well
        assertEquals(List.of(
                List.of(P, P, C, "40", "73"),
                List.of(C, C, C, "45", "125"),
                List.of("21", "27", "65", "85", "198")), marks(table));
        assertEquals(List.of(), new Attacker(table).byLinearAlgebra());
    }

    @Test
    void aSumOverSeveralRowsAndColumnsIsStoppedToo() {
        long[][] counts = { { 23, 14, 2 }, { 38, 0, 0 }, { 4, 0, 0 } };
        // Every row and column hiding two is not enough here: with 39 shown, row x says a + b + c = 39 and the
        // totals row says b + c = 81 - 65 = 16, so a = 23, though no single line holds only one hidden count.
        List<List<String>> lineByLine = List.of(
                List.of(C, C, P, "39"),
                List.of(C, "0", "0", C),
                List.of(P, "0", "0", P),
                List.of("65", C, P, "81"));
        assertEquals(Map.of(), new Attacker(table(counts, lineByLine)).bySubtraction());
        assertEquals(List.of("0,0"), new Attacker(table(counts, lineByLine)).byLinearAlgebra());

        SuppressedTable table = CellSuppression.suppress(counts, 3, 5);
        assertEquals(C, marks(table).get(0).get(3), "the cheapest way round: row x's total");
        assertEquals(List.of(), new Attacker(table).byLinearAlgebra());
    }

    /** A table with these marks (a count where shown), as a suppression that stopped too early would give it. */
    private static SuppressedTable table(long[][] counts, List<List<String>> marks) {
        CellSuppression.Reason[][] reasons = new CellSuppression.Reason[marks.size()][];
        for (int i = 0; i < marks.size(); i++) {
            reasons[i] = marks.get(i).stream().map(m -> m.equals(P) ? CellSuppression.Reason.PRIMARY
                    : m.equals(C) ? CellSuppression.Reason.COMPLEMENTARY : null).toArray(CellSuppression.Reason[]::new);
        }
        SuppressedTable all = CellSuppression.suppress(counts, counts[0].length, 1);
        int rows = counts.length;
        int columns = counts[0].length;
        List<List<SuppressedTable.Cell>> cells = new ArrayList<>();
        List<SuppressedTable.Cell> rowTotals = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            List<SuppressedTable.Cell> row = new ArrayList<>();
            for (int j = 0; j < columns; j++) {
                row.add(new SuppressedTable.Cell(counts[i][j], reasons[i][j]));
            }
            cells.add(row);
            rowTotals.add(new SuppressedTable.Cell(all.rowTotals().get(i).count(), reasons[i][columns]));
        }
        List<SuppressedTable.Cell> columnTotals = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            columnTotals.add(new SuppressedTable.Cell(all.columnTotals().get(j).count(), reasons[rows][j]));
        }
        return new SuppressedTable(cells, rowTotals, columnTotals, new SuppressedTable.Cell(all.total().count(), reasons[rows][columns]));
    }

    @Test
    void aSmallTotalIsHiddenAndTheOtherRowFollows() {
        SuppressedTable table = suppress(5,
                new long[] { 2, 1 },
                new long[] { 10, 12 });
        assertEquals(List.of(
                List.of(P, P, P),
                List.of(C, C, C),
                List.of("12", "13", "25")), marks(table));
        assertEquals(List.of(), new Attacker(table).byLinearAlgebra());
    }

    @Test
    void zerosAreShownAndNeverTakenAsPartnerWhileACountedCellIsLeft() {
        SuppressedTable table = suppress(5,
                new long[] { 0, 3, 15 },
                new long[] { 6, 0, 9 },
                new long[] { 7, 8, 0 });
        List<List<String>> marks = marks(table);
        assertEquals(P, marks.get(0).get(1));
        assertEquals("0", marks.get(0).get(0));
        assertEquals("0", marks.get(1).get(1));
        assertEquals("0", marks.get(2).get(2));
        assertEquals(Map.of(), new Attacker(table).bySubtraction());
        assertEquals(List.of(), new Attacker(table).byLinearAlgebra());
    }

    @Test
    void theMinimumDecidesWhatIsSmall() {
        long[][] counts = { { 1, 4, 9 }, { 6, 12, 7 } };
        assertEquals(List.of(
                List.of("1", "4", "9", "14"),
                List.of("6", "12", "7", "25"),
                List.of("7", "16", "16", "39")), marks(CellSuppression.suppress(counts, 3, 1)), "1: nothing is small");
        assertEquals(List.of("0,0"), primaries(CellSuppression.suppress(counts, 3, 2)), "2: only the 1 is small");
        assertEquals(List.of("0,0", "0,1"), primaries(CellSuppression.suppress(counts, 3, 5)), "5: the 4 too");
    }

    private static List<String> primaries(SuppressedTable table) {
        List<String> found = new ArrayList<>();
        List<List<String>> marks = marks(table);
        for (int i = 0; i < marks.size(); i++) {
            for (int j = 0; j < marks.get(i).size(); j++) {
                if (marks.get(i).get(j).equals(P)) {
                    found.add(i + "," + j);
                }
            }
        }
        return found;
    }

    @Test
    void aTableWithoutAnswersShowsItsZeros() {
        SuppressedTable table = CellSuppression.suppress(new long[][] { { 0, 0 }, { 0, 0 } }, 2, 5);
        assertTrue(table.total().shown());
        assertEquals(0, table.total().count());
        assertEquals(0, CellSuppression.suppress(new long[0][], 3, 5).columnTotals().get(2).count());
    }

    @Test
    void noTableEverGivesAHiddenCountBackOrShowsASmallGroup() {
        Random random = new Random(20261201);
        for (int round = 0; round < 400; round++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(5);
            int minimum = 2 + random.nextInt(9);
            long[][] counts = new long[rows][columns];
            for (long[] row : counts) {
                for (int j = 0; j < columns; j++) {
                    // many small and empty cells, as in a breakdown by country of birth
                    row[j] = random.nextInt(3) == 0 ? 0 : random.nextInt(3) == 0 ? random.nextInt(minimum) : random.nextInt(60);
                }
            }
            SuppressedTable table = CellSuppression.suppress(counts, columns, minimum);
            String context = "minimum " + minimum + ", " + java.util.Arrays.deepToString(counts) + " -> " + marks(table);
            assertEquals(List.of(), new Attacker(table).byLinearAlgebra(), context);
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < columns; j++) {
                    SuppressedTable.Cell cell = table.cell(i, j);
                    assertFalse(cell.shown() && cell.count() > 0 && cell.count() < minimum, context);
                    assertTrue(cell.suppressed() != CellSuppression.Reason.PRIMARY || cell.count() > 0 && cell.count() < minimum, context);
                }
                assertNoSmallGroupBetween(table.cells().get(i), table.rowTotals().get(i), minimum, context);
            }
            for (int j = 0; j < columns; j++) {
                List<SuppressedTable.Cell> column = new ArrayList<>();
                for (int i = 0; i < rows; i++) {
                    column.add(table.cell(i, j));
                }
                assertNoSmallGroupBetween(column, table.columnTotals().get(j), minimum, context);
            }
        }
    }

    /** A shown total minus the shown cells is the hidden cells together: never a group under the minimum. */
    private static void assertNoSmallGroupBetween(List<SuppressedTable.Cell> cells, SuppressedTable.Cell total, int minimum,
            String context) {
        if (total.shown()) {
            long hidden = cells.stream().filter(c -> !c.shown()).mapToLong(SuppressedTable.Cell::count).sum();
            assertTrue(hidden == 0 || hidden >= minimum, context);
        }
    }

    @Test
    void aMinimumBelowOneOrARaggedTableIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CellSuppression.suppress(new long[][] { { 1 } }, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> CellSuppression.suppress(new long[][] { { 1, 2 }, { 3 } }, 2, 5));
        assertThrows(IllegalArgumentException.class, () -> CellSuppression.suppress(new long[][] { { -1 } }, 1, 5));
    }
}
