package nl.stemmen.monitor.rest;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jakarta.ws.rs.core.StreamingOutput;
import nl.stemmen.api.SpreadsheetCells;
import nl.stemmen.monitor.MonitorReport;

/**
 * The monitor's figures as CSV, one file per figure (docs/api.md): {@code cells} (a row per dimension
 * and category, every figure of design §7 and more), {@code channels}, {@code languages}, {@code days}.
 * Numbers with a decimal point, as the JSON has them; an empty cell where the JSON has null.
 */
public enum MonitorCsv {

    CELLS("dimension", "category", "population", "invited", "opened", "started", "partial", "completed", "withdrawn",
            "excluded", "response_rate", "population_share", "invited_share", "respondent_share", "difference_pp",
            "representative", "margin_of_error_pp", "quota", "quota_progress", "on_pace", "lagging", "partial_r") {
        @Override
        void rows(MonitorReport report, CSVPrinter printer) throws IOException {
            for (Map.Entry<String, Map<String, MonitorReport.CellFigures>> dimension : report.dimensions().entrySet()) {
                for (Map.Entry<String, MonitorReport.CellFigures> cell : dimension.getValue().entrySet()) {
                    MonitorReport.CellFigures f = cell.getValue();
                    printer.printRecord(dimension.getKey(), SpreadsheetCells.inert(cell.getKey()), f.population(), f.invited(),
                            f.opened(), f.started(), f.partial(), f.completed(), f.withdrawn(), f.excluded(), f.responseRate(),
                            f.populationShare(), f.invitedShare(), f.respondentShare(), f.differencePp(), f.representative(),
                            f.marginOfErrorPp(), f.quota(), f.quotaProgress(), f.onPace(), f.lagging(), f.partialR());
                }
            }
        }
    },
    CHANNELS("channel", "opened", "started", "partial", "completed", "excluded") {
        @Override
        void rows(MonitorReport report, CSVPrinter printer) throws IOException {
            funnels(report.channels(), printer);
        }
    },
    LANGUAGES("language", "opened", "started", "partial", "completed", "excluded") {
        @Override
        void rows(MonitorReport report, CSVPrinter printer) throws IOException {
            funnels(report.languages(), printer);
        }
    },
    DAYS("date", "completed") {
        @Override
        void rows(MonitorReport report, CSVPrinter printer) throws IOException {
            for (MonitorReport.DayCount day : report.completesPerDay()) {
                printer.printRecord(day.date(), day.completed());
            }
        }
    };

    private final String[] header;

    MonitorCsv(String... header) {
        this.header = header;
    }

    abstract void rows(MonitorReport report, CSVPrinter printer) throws IOException;

    /** The figure named in {@code ?figure=}, case-insensitively; null for an unknown name. */
    static MonitorCsv named(String name) {
        for (MonitorCsv figure : values()) {
            if (figure.name().equalsIgnoreCase(name)) {
                return figure;
            }
        }
        return null;
    }

    String fileName(String study) {
        return "monitor-" + study + "-" + name().toLowerCase(Locale.ROOT) + ".csv";
    }

    /** The figure of {@code report} as a UTF-8 CSV body. */
    StreamingOutput of(MonitorReport report) {
        return out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header)
                    .setRecordSeparator("\n").get())) {
                rows(report, printer);
            }
        };
    }

    private static void funnels(Map<String, MonitorReport.Funnel> funnels, CSVPrinter printer) throws IOException {
        for (Map.Entry<String, MonitorReport.Funnel> funnel : funnels.entrySet()) {
            MonitorReport.Funnel f = funnel.getValue();
            printer.printRecord(funnel.getKey(), f.opened(), f.started(), f.partial(), f.completed(), f.excluded());
        }
    }
}
