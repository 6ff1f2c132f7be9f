package nl.stemmen.monitor.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Hides the small cells of a table of respondent counts, and enough others that the hidden ones
 * cannot be worked out from the totals (design §5: no breakdown of answers shows a group of fewer
 * than the study's minimum). Pure: counts in, marks out.
 * <p>
 * The table is seen with its margins: row totals, column totals and the grand total are elements
 * like the cells, and every row and column (the totals row and totals column too) is a line whose
 * cells add up to its total.
 * <ol>
 * <li>Primary: every element with {@code 0 < n < minimum}. A zero is shown: it holds nobody, and
 * hiding it would not hide what it might tell (that all of a category gave one answer): that is
 * read from a shown cell equal to its total just as well. An outsider also does not know who
 * responded, so "all respondents of a category" names no one.</li>
 * <li>Complementary, until nothing changes: a line with exactly one hidden element (subtraction
 * from its total, or adding its cells, gives that one back) gets its smallest shown element hidden
 * too. So does a line whose total is shown while its hidden elements add up to fewer than the
 * minimum: the difference would show that small group. A zero is chosen only when no other
 * element is left, since hiding a known-empty cell protects nothing.</li>
 * <li>Then subtraction over several lines at once: a hidden element is determined by the shown
 * figures exactly when it lies on no cycle of hidden elements (rows and columns as the two sides of
 * a graph, hidden elements as its edges; Gusfield, SIAM J. Comput. 17 (1988) 552-571). For such an
 * element the cheapest chain of shown elements that closes a cycle through it is hidden as well,
 * and the two steps repeat.</li>
 * </ol>
 * Ranges implied by counts being at least zero are not audited: a hidden cell may be known to lie
 * between bounds, never to have one value.
 */
public final class CellSuppression {

    /** Why an element is hidden. */
    public enum Reason {
        /** fewer respondents than the minimum */
        PRIMARY,
        /** hidden so that a primary one cannot be worked out */
        COMPLEMENTARY;

        /** As the API writes it: {@code primary}, {@code complementary}. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final int minimum;
    /** The table with its margins: the last row holds column totals, the last column row totals. */
    private final long[][] value;
    private final Reason[][] hidden;
    private final int height;
    private final int width;

    private CellSuppression(long[][] counts, int columns, int minimum) {
        this.minimum = minimum;
        this.height = counts.length + 1;
        this.width = columns + 1;
        this.value = new long[height][width];
        this.hidden = new Reason[height][width];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i].length != columns) {
                throw new IllegalArgumentException("row " + i + " has " + counts[i].length + " counts, not " + columns);
            }
            for (int j = 0; j < columns; j++) {
                long n = counts[i][j];
                if (n < 0) {
                    throw new IllegalArgumentException("a count below zero at row " + i + ", column " + j);
                }
                value[i][j] = n;
                value[i][columns] += n;
                value[counts.length][j] += n;
                value[counts.length][columns] += n;
            }
        }
    }

    /**
     * The table with its totals and each hidden element marked.
     *
     * @param counts respondents per cell, {@code counts[row][column]}, none below zero
     * @param columns how many columns (given apart, so a table without rows still has them)
     * @param minimum the fewest respondents a shown element may hold, at least 1
     */
    public static SuppressedTable suppress(long[][] counts, int columns, int minimum) {
        if (minimum < 1) {
            throw new IllegalArgumentException("the minimum cell size is at least 1, not " + minimum);
        }
        CellSuppression table = new CellSuppression(counts, columns, minimum);
        table.markPrimary();
        while (table.complementALine() || table.closeACycle()) {
            // each pass hides one more element, so this ends
        }
        return table.result();
    }

    private void markPrimary() {
        for (int i = 0; i < height; i++) {
            for (int j = 0; j < width; j++) {
                if (value[i][j] > 0 && value[i][j] < minimum) {
                    hidden[i][j] = Reason.PRIMARY;
                }
            }
        }
    }

    /** Hides one more element of the first line that gives a hidden one (or a small group) away; false when none does. */
    private boolean complementALine() {
        for (int line = 0; line < height + width; line++) {
            int[][] elements = line(line);
            if (givesAway(elements)) {
                int[] complement = cheapestShown(elements);
                if (complement != null) {
                    hidden[complement[0]][complement[1]] = Reason.COMPLEMENTARY;
                    return true;
                }
            }
        }
        return false;
    }

    /** Row {@code line}, else column {@code line - height}: its elements, the line's total last. */
    private int[][] line(int line) {
        if (line < height) {
            int[][] elements = new int[width][];
            for (int j = 0; j < width; j++) {
                elements[j] = new int[] { line, j };
            }
            return elements;
        }
        int[][] elements = new int[height][];
        for (int i = 0; i < height; i++) {
            elements[i] = new int[] { i, line - height };
        }
        return elements;
    }

    private boolean givesAway(int[][] elements) {
        int count = 0;
        long sum = 0;
        for (int[] e : elements) {
            if (hidden[e[0]][e[1]] != null) {
                count++;
                sum += value[e[0]][e[1]];
            }
        }
        int[] total = elements[elements.length - 1];
        return count == 1 || count > 1 && hidden[total[0]][total[1]] == null && sum > 0 && sum < minimum;
    }

    /** The smallest shown element of a line, a zero only when nothing else is left; null when all are hidden. */
    private int[] cheapestShown(int[][] elements) {
        int[] best = null;
        for (int[] e : elements) {
            if (hidden[e[0]][e[1]] == null && (best == null || cost(e[0], e[1]) < cost(best[0], best[1]))) {
                best = e;
            }
        }
        return best;
    }

    /** What hiding an element costs: its count; a zero more than any chain of other elements. */
    private long cost(int i, int j) {
        if (hidden[i][j] != null) {
            return 0;
        }
        return value[i][j] > 0 ? value[i][j] : 4 * value[height - 1][width - 1] + 1;
    }

    /** Closes a cycle through the first hidden element that lies on none; false when every one does. */
    private boolean closeACycle() {
        for (int i = 0; i < height; i++) {
            for (int j = 0; j < width; j++) {
                if (hidden[i][j] != null && !onACycle(i, j)) {
                    // a detour always exists once the table has a row and a column; returning whether it hid anything keeps the loop finite regardless
                    boolean more = false;
                    for (int[] e : cheapestDetour(i, j)) {
                        if (hidden[e[0]][e[1]] == null) {
                            hidden[e[0]][e[1]] = Reason.COMPLEMENTARY;
                            more = true;
                        }
                    }
                    return more;
                }
            }
        }
        return false;
    }

    /** Graph nodes: row i is node i, column j is node height + j; an element joins its row and its column. */
    private boolean onACycle(int row, int column) {
        boolean[] reached = new boolean[height + width];
        Deque<Integer> next = new ArrayDeque<>();
        next.add(row);
        reached[row] = true;
        while (!next.isEmpty()) {
            int node = next.poll();
            for (int other = 0; other < height + width; other++) {
                int[] e = element(node, other);
                if (e != null && !reached[other] && hidden[e[0]][e[1]] != null && !(e[0] == row && e[1] == column)) {
                    reached[other] = true;
                    next.add(other);
                }
            }
        }
        return reached[height + column];
    }

    /** The element joining two nodes, or null when both are rows or both columns. */
    private int[] element(int a, int b) {
        if (a < height && b >= height) {
            return new int[] { a, b - height };
        }
        if (a >= height && b < height) {
            return new int[] { b, a - height };
        }
        return null;
    }

    /** The cheapest path from the element's row to its column not through the element itself (Dijkstra). */
    private List<int[]> cheapestDetour(int row, int column) {
        int nodes = height + width;
        long[] distance = new long[nodes];
        int[] previous = new int[nodes];
        boolean[] done = new boolean[nodes];
        Arrays.fill(distance, Long.MAX_VALUE);
        Arrays.fill(previous, -1);
        distance[row] = 0;
        for (int round = 0; round < nodes; round++) {
            int node = -1;
            for (int n = 0; n < nodes; n++) {
                if (!done[n] && distance[n] != Long.MAX_VALUE && (node < 0 || distance[n] < distance[node])) {
                    node = n;
                }
            }
            if (node < 0) {
                break;
            }
            done[node] = true;
            for (int other = 0; other < nodes; other++) {
                int[] e = element(node, other);
                if (e != null && !done[other] && !(e[0] == row && e[1] == column)
                        && distance[node] + cost(e[0], e[1]) < distance[other]) {
                    distance[other] = distance[node] + cost(e[0], e[1]);
                    previous[other] = node;
                }
            }
        }
        List<int[]> path = new ArrayList<>();
        for (int node = height + column; previous[node] >= 0; node = previous[node]) {
            path.add(element(node, previous[node]));
        }
        return path;
    }

    private SuppressedTable result() {
        List<List<SuppressedTable.Cell>> cells = new ArrayList<>();
        List<SuppressedTable.Cell> rowTotals = new ArrayList<>();
        for (int i = 0; i < height - 1; i++) {
            List<SuppressedTable.Cell> row = new ArrayList<>();
            for (int j = 0; j < width - 1; j++) {
                row.add(cell(i, j));
            }
            cells.add(row);
            rowTotals.add(cell(i, width - 1));
        }
        List<SuppressedTable.Cell> columnTotals = new ArrayList<>();
        for (int j = 0; j < width - 1; j++) {
            columnTotals.add(cell(height - 1, j));
        }
        return new SuppressedTable(cells, rowTotals, columnTotals, cell(height - 1, width - 1));
    }

    private SuppressedTable.Cell cell(int i, int j) {
        return new SuppressedTable.Cell(value[i][j], hidden[i][j]);
    }
}
