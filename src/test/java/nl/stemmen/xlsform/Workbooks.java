package nl.stemmen.xlsform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test workbooks written the way people write XLSForms: a sheet is a header and rows of cells, as typed
 * ({@code ""} leaves a cell empty). Row 1 is the header, so the n-th row given is spreadsheet row n + 1.
 */
final class Workbooks {

    private final Map<String, List<String[]>> sheets = new LinkedHashMap<>();

    /** Starts a sheet with its header row. */
    Workbooks sheet(String name, String... header) {
        List<String[]> rows = new ArrayList<>();
        rows.add(header);
        sheets.put(name, rows);
        return this;
    }

    /** A row of the last sheet started. */
    Workbooks row(String... cells) {
        List<List<String[]>> all = new ArrayList<>(sheets.values());
        all.get(all.size() - 1).add(cells);
        return this;
    }

    /** The .xlsx file. */
    byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheets.forEach((name, rows) -> {
                Sheet sheet = book.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows.get(r).length; c++) {
                        if (!rows.get(r)[c].isEmpty()) {
                            row.createCell(c).setCellValue(rows.get(r)[c]);
                        }
                    }
                }
            });
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
