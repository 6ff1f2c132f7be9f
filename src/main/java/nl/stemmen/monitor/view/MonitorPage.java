package nl.stemmen.monitor.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;

import nl.stemmen.monitor.MonitorReport;

/**
 * The monitor as the dashboard page shows it: the report's figures formatted the Dutch way
 * (17,7%, −5,6 punten) and grouped into the page's tables. Built per request from a {@link MonitorReport}.
 *
 * @param report     the figures as the API gives them
 * @param dimensions per dimension, its rows, in the report's order
 * @param funnelTables the funnel per channel and per language respondents chose
 */
public record MonitorPage(MonitorReport report, List<DimensionTable> dimensions, List<FunnelTable> funnelTables) {

    private static final ULocale DUTCH = new ULocale("nl");

    /** A dimension's table and its partial R-indicator. */
    public record DimensionTable(String name, String partialR, List<CellRow> rows) {
    }

    /** One category's row, every figure already written out. */
    public record CellRow(String category, String population, int invited, int opened, int started, int partial,
            int completed, String responseRate, String populationShare, String respondentShare, String differencePp,
            String marginOfErrorPp, String quota, String pace, boolean lagging, String representative) {
    }

    /** A table of funnels under a caption. */
    public record FunnelTable(String title, List<FunnelRow> rows) {
    }

    /** The funnel of one channel or language. */
    public record FunnelRow(String name, int opened, int started, int partial, int completed, int excluded) {
    }

    /** Formats {@code report} for the page. */
    public static MonitorPage of(MonitorReport report) {
        List<DimensionTable> dimensions = new ArrayList<>();
        report.dimensions().forEach((name, categories) -> {
            List<CellRow> rows = new ArrayList<>();
            String partialR = null;
            for (Map.Entry<String, MonitorReport.CellFigures> entry : categories.entrySet()) {
                MonitorReport.CellFigures f = entry.getValue();
                partialR = decimal(f.partialR(), 3);
                rows.add(new CellRow(entry.getKey(), f.population() == null ? "onbekend" : Integer.toString(f.population()),
                        f.invited(), f.opened(), f.started(), f.partial(), f.completed(), percent(f.responseRate()),
                        percent(f.populationShare()), percent(f.respondentShare()), points(f.differencePp()),
                        f.marginOfErrorPp() == null ? "–" : "± " + decimal(f.marginOfErrorPp(), 1),
                        f.quota() == null ? "–" : f.completed() + " van " + f.quota(), pace(f.onPace()), f.lagging(),
                        f.representative() == null ? "onbekend" : f.representative() ? "ja" : "nee"));
            }
            dimensions.add(new DimensionTable(name, partialR, rows));
        });
        return new MonitorPage(report, dimensions, List.of(new FunnelTable("Per kanaal", funnel(report.channels())),
                new FunnelTable("Per gekozen taal", funnel(report.languages()))));
    }

    /** The R-indicator written out, or a dash while there are too few invited people. */
    public String rIndicator() {
        return report.rIndicator() == null ? "–" : decimal(report.rIndicator(), 2);
    }

    private static List<FunnelRow> funnel(Map<String, MonitorReport.Funnel> funnels) {
        List<FunnelRow> rows = new ArrayList<>();
        funnels.forEach((name, f) -> rows.add(new FunnelRow(name, f.opened(), f.started(), f.partial(), f.completed(),
                f.excluded())));
        return rows;
    }

    private static String pace(Boolean onPace) {
        return onPace == null ? "–" : onPace ? "op schema" : "achter";
    }

    /** 0.1766 → "17,7%"; null → "–". */
    static String percent(Double fraction) {
        if (fraction == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getPercentInstance(DUTCH);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(fraction);
    }

    /** −5.6 → "−5,6"; with a sign, as a difference. */
    static String points(Double value) {
        if (value == null) {
            return "–";
        }
        return (value > 0 ? "+" : value < 0 ? "−" : "") + decimal(Math.abs(value), 1);
    }

    static String decimal(Double value, int digits) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(DUTCH);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }
}
