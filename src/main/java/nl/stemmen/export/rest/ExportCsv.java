package nl.stemmen.export.rest;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jakarta.ws.rs.core.StreamingOutput;
import nl.stemmen.api.SpreadsheetCells;
import nl.stemmen.export.ExportColumn;
import nl.stemmen.export.StudyExports;

/**
 * export.csv: UTF-8, comma separated, a header of column names, one line per response, written as the
 * rows come from the database. Numbers and codes as plain decimals (-1, 650.5); text as the columns give
 * it, and every text (a label too) inert for spreadsheets. In label mode a choice's code becomes its label.
 */
final class ExportCsv {

    private ExportCsv() {
    }

    static StreamingOutput of(StudyExports exports, StudyExports.Export export) {
        List<ExportColumn> columns = export.columns().all();
        boolean labels = export.options().labels();
        return out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                    .setHeader(columns.stream().map(c -> c.variable().name()).toArray(String[]::new))
                    .setRecordSeparator("\n").get())) {
                List<String> line = new ArrayList<>(columns.size());
                exports.write(export, "export.csv", response -> {
                    line.clear();
                    for (ExportColumn column : columns) {
                        Object cell = column.cell(response);
                        line.add(text(labels ? column.labelled(cell) : cell));
                    }
                    printer.printRecord(line);
                });
            }
        };
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        return cell instanceof BigDecimal number ? number.toPlainString() : SpreadsheetCells.inert((String) cell);
    }
}
