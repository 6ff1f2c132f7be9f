package nl.stemmen.monitor.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Someone who reads a suppressed table and tries to work the hidden counts out from what is shown,
 * on the grid with margins: {@code [row][column]}, the last row the column totals, the last column
 * the row totals.
 */
final class Attacker {

    private final long[][] value;
    private final boolean[][] hidden;
    private final int height;
    private final int width;

    Attacker(SuppressedTable table) {
        height = table.rowTotals().size() + 1;
        width = table.columnTotals().size() + 1;
        value = new long[height][width];
        hidden = new boolean[height][width];
        for (int i = 0; i < height; i++) {
            for (int j = 0; j < width; j++) {
                SuppressedTable.Cell cell = i < height - 1 && j < width - 1 ? table.cell(i, j)
                        : i < height - 1 ? table.rowTotals().get(i)
                        : j < width - 1 ? table.columnTotals().get(j) : table.total();
                value[i][j] = cell.count();
                hidden[i][j] = !cell.shown();
            }
        }
    }

    /**
     * Subtraction, line by line: a row or column with one hidden element gives it (total minus the
     * shown cells, or the sum of the cells); what is found helps with the next line, until nothing
     * more comes out. Found elements by {@code "row,column"} of the grid with margins.
     */
    Map<String, Long> bySubtraction() {
        boolean[][] unknown = new boolean[height][width];
        for (int i = 0; i < height; i++) {
            unknown[i] = hidden[i].clone();
        }
        Map<String, Long> found = new LinkedHashMap<>();
        for (boolean more = true; more;) {
            more = false;
            for (int line = 0; line < height + width; line++) {
                List<int[]> open = new ArrayList<>();
                for (int[] e : line(line)) {
                    if (unknown[e[0]][e[1]]) {
                        open.add(e);
                    }
                }
                if (open.size() == 1) {
                    int[] e = open.get(0);
                    // the attacker computes it from the others (here: the value the table holds is what they would get)
                    unknown[e[0]][e[1]] = false;
                    found.put(e[0] + "," + e[1], value[e[0]][e[1]]);
                    more = true;
                }
            }
        }
        return found;
    }

    /**
     * Any linear combination of the rows and columns: the hidden elements whose value the shown
     * figures fix (the unit vector lies in the row space of the hidden elements' equations).
     */
    List<String> byLinearAlgebra() {
        List<int[]> unknowns = new ArrayList<>();
        for (int i = 0; i < height; i++) {
            for (int j = 0; j < width; j++) {
                if (hidden[i][j]) {
                    unknowns.add(new int[] { i, j });
                }
            }
        }
        List<double[]> equations = new ArrayList<>();
        for (int line = 0; line < height + width; line++) {
            double[] equation = new double[unknowns.size()];
            int[][] elements = line(line);
            for (int k = 0; k < unknowns.size(); k++) {
                for (int m = 0; m < elements.length; m++) {
                    if (elements[m][0] == unknowns.get(k)[0] && elements[m][1] == unknowns.get(k)[1]) {
                        equation[k] = m == elements.length - 1 ? -1 : 1;
                    }
                }
            }
            equations.add(equation);
        }
        int rank = rank(equations);
        List<String> determined = new ArrayList<>();
        for (int k = 0; k < unknowns.size(); k++) {
            List<double[]> with = new ArrayList<>(equations);
            double[] unit = new double[unknowns.size()];
            unit[k] = 1;
            with.add(unit);
            if (rank(with) == rank) {
                determined.add(unknowns.get(k)[0] + "," + unknowns.get(k)[1]);
            }
        }
        return determined;
    }

    private int[][] line(int line) {
        int[][] elements = new int[line < height ? width : height][];
        for (int m = 0; m < elements.length; m++) {
            elements[m] = line < height ? new int[] { line, m } : new int[] { m, line - height };
        }
        return elements;
    }

    private static int rank(List<double[]> rows) {
        double[][] a = rows.stream().map(double[]::clone).toArray(double[][]::new);
        int rank = 0;
        int columns = a.length == 0 ? 0 : a[0].length;
        for (int c = 0; c < columns && rank < a.length; c++) {
            int pivot = rank;
            for (int r = rank; r < a.length; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][c]) < 1e-9) {
                continue;
            }
            double[] swap = a[pivot];
            a[pivot] = a[rank];
            a[rank] = swap;
            for (int r = 0; r < a.length; r++) {
                if (r != rank) {
                    double f = a[r][c] / a[rank][c];
                    for (int k = c; k < columns; k++) {
                        a[r][k] -= f * a[rank][k];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
