package nl.stemmen.xlsform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * One sheet of an XLSForm workbook as text: its header row (row 1) read into columns, and every row below
 * that holds anything. Cells are read as the spreadsheet shows them (numbers as formatted, formulas by their
 * last computed value), stripped of surrounding spaces. A cell that cannot be read so is left empty and named
 * in {@link #problems}.
 */
final class SheetTable {

    /** pyxform's spellings of the same column. */
    private static final Map<String, String> ALIASES = Map.of("relevance", "relevant", "list name", "list_name",
            "calculate", "calculation", "constraint message", "constraint_message",
            "required message", "required_message", "choice filter", "choice_filter", "read only", "read_only");

    /**
     * A header cell.
     *
     * @param index 0-based column index
     * @param base what the column means, lower case, before any {@code ::} (label, hint, type …)
     * @param language what follows the last {@code ::} (e.g. {@code "English (en)"}); "" for a plain column
     * @param header the header as written
     */
    record Column(int index, String base, String language, String header) {

        /** The letter and the header, as problems name a column: {@code "D (relevant)"}. */
        String place() {
            return CellReference.convertNumToColString(index) + " (" + header + ")";
        }
    }

    /** A data row: its number as the spreadsheet shows it, and its non-empty cells by column index. */
    record Line(int number, Map<Integer, String> cells) {
    }

    final String name;
    final List<Column> columns = new ArrayList<>();
    final List<Line> lines = new ArrayList<>();
    /** Cells that hold no readable text (a formula never computed), by sheet, row and column. */
    final List<SheetProblem> problems = new ArrayList<>();

    private SheetTable(String name) {
        this.name = name;
    }

    /** Reads {@code sheet}; an empty sheet has no columns and no lines. */
    static SheetTable read(Sheet sheet) {
        SheetTable table = new SheetTable(sheet.getSheetName());
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        formatter.setUseCachedValuesForFormulaCells(true);
        Row header = sheet.getRow(sheet.getFirstRowNum());
        if (header == null) {
            return table;
        }
        for (Cell cell : header) {
            String text = table.text(cell, formatter).strip();
            if (!text.isEmpty()) {
                table.columns.add(column(cell.getColumnIndex(), text));
            }
        }
        for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<Integer, String> cells = new LinkedHashMap<>();
            for (Cell cell : row) {
                // Windows line ends inside a cell become plain line breaks, as the questionnaire stores them
                String text = table.text(cell, formatter).replace("\r\n", "\n").replace('\r', '\n').strip();
                if (!text.isEmpty()) {
                    cells.put(cell.getColumnIndex(), text);
                }
            }
            if (!cells.isEmpty()) {
                table.lines.add(new Line(r + 1, cells));
            }
        }
        return table;
    }

    /**
     * A cell as the spreadsheet shows it. A formula is read by the value last computed for it: a workbook written by
     * a script (openpyxl, a CSV converter) has none, and some programs store a text result in a cell typed as a
     * number; the first is a problem at the cell, the second is read as the text stored.
     */
    private String text(Cell cell, DataFormatter formatter) {
        String stored = cell instanceof XSSFCell xssf && xssf.getCTCell().isSetV() ? xssf.getCTCell().getV() : null;
        if (cell.getCellType() == CellType.FORMULA && cell instanceof XSSFCell && (stored == null || stored.isEmpty())) {
            problems.add(new SheetProblem(name, cell.getRowIndex() + 1, place(cell.getColumnIndex()), "the cell holds"
                    + " the formula =" + cell.getCellFormula() + " but no value computed for it (the workbook was"
                    + " written by a program that does not compute formulas): open and save it in Excel or LibreOffice,"
                    + " or type the text instead of the formula"));
            return "";
        }
        try {
            return formatter.formatCellValue(cell);
        } catch (IllegalStateException e) {
            // POI refuses a value of another type than the cell declares; the stored text is what a spreadsheet shows
            if (stored != null) {
                return stored;
            }
            problems.add(new SheetProblem(name, cell.getRowIndex() + 1, place(cell.getColumnIndex()),
                    "the cell cannot be read (" + e.getMessage() + "): type its text again"));
            return "";
        }
    }

    /** A column's letter, with its header once the header row is read: {@code "C (label)"} or {@code "C"}. */
    private String place(int index) {
        return columns.stream().filter(c -> c.index() == index).findFirst().map(Column::place)
                .orElse(CellReference.convertNumToColString(index));
    }

    private static Column column(int index, String header) {
        int split = header.indexOf("::");
        String base = (split < 0 ? header : header.substring(0, split)).strip().toLowerCase(Locale.ROOT);
        String language = split < 0 ? "" : header.substring(header.lastIndexOf("::") + 2).strip();
        // pyxform reads "list name" and "list_name" alike; so do we for every header
        base = ALIASES.getOrDefault(base, base.replace(' ', '_'));
        if (base.startsWith("media") || base.equals("image") || base.equals("audio") || base.equals("video")) {
            language = "";
        }
        return new Column(index, base, language, header);
    }

    /** The plain column (no {@code ::language}) with this meaning. */
    Optional<Column> column(String base) {
        return columns.stream().filter(c -> c.base().equals(base) && c.language().isEmpty()).findFirst();
    }

    /** Every column with this meaning, plain and per language, in sheet order. */
    List<Column> columns(String base) {
        return columns.stream().filter(c -> c.base().equals(base)).toList();
    }

    /** The cell's text in the plain column {@code base}, or "" when there is no such column or the cell is empty. */
    String text(Line line, String base) {
        return column(base).map(c -> text(line, c)).orElse("");
    }

    String text(Line line, Column column) {
        return line.cells().getOrDefault(column.index(), "");
    }

    /** A problem about one cell. */
    SheetProblem at(Line line, Column column, String reason) {
        return new SheetProblem(name, line.number(), column == null ? null : column.place(), reason);
    }

    /** A problem about one cell of the plain column {@code base} (or the whole row, when the sheet lacks it). */
    SheetProblem at(Line line, String base, String reason) {
        return at(line, column(base).orElse(null), reason);
    }
}
