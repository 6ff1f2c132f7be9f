package nl.stemmen.monitor.analysis;

import java.util.List;

/**
 * A table of respondent counts after {@link CellSuppression}: every cell and total with its count
 * and, when it must not be shown, why. Callers show {@link Cell#shown()} elements only.
 *
 * @param cells {@code cells.get(row).get(column)}
 * @param rowTotals one per row: the sum of its cells
 * @param columnTotals one per column
 * @param total the sum of all cells
 */
public record SuppressedTable(List<List<Cell>> cells, List<Cell> rowTotals, List<Cell> columnTotals, Cell total) {

    /** A count of respondents; {@code suppressed} null when it may be shown. */
    public record Cell(long count, CellSuppression.Reason suppressed) {

        public boolean shown() {
            return suppressed == null;
        }
    }

    public Cell cell(int row, int column) {
        return cells.get(row).get(column);
    }
}
