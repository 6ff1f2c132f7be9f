package nl.stemmen.monitor.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** A dimension's table, its partial R-indicator and its shares as a chart (SVG markup). */
    public record DimensionTable(String name, String partialR, List<CellRow> rows, String sharesSvg) {
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
            List<SvgCellShares.Cell> shares = new ArrayList<>();
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
                shares.add(new SvgCellShares.Cell(entry.getKey(), f.populationShare(), f.respondentShare(), f.differencePp(),
                        f.lagging()));
            }
            dimensions.add(new DimensionTable(name, partialR, rows, SvgCellShares.render(shares)));
        });
        return new MonitorPage(report, dimensions, List.of(new FunnelTable("Per kanaal", funnel(report.channels())),
                new FunnelTable("Per gekozen taal", funnel(report.languages()))));
    }

    /** The funnel as a chart (SVG markup). */
    public String funnelSvg() {
        return SvgFunnel.render(report.invited(), report.opened(), report.started(), report.partial(), report.completed());
    }

    /** Completes per day from the first day of fieldwork to the last, or to today while it runs (SVG markup). */
    public String completesSvg() {
        LocalDate today = report.computedAt().toLocalDate();
        LocalDate last = today.isBefore(report.end()) && !today.isBefore(report.start()) ? today : report.end();
        Map<LocalDate, Integer> completes = new LinkedHashMap<>();
        report.completesPerDay().forEach(day -> completes.put(day.date(), day.completed()));
        return SvgCompletesPerDay.render(report.start(), last, completes, waves());
    }

    /** The mailings as the chart marks them: a reminder "H1", "H2"… in order, a first mailing by its channel ("brief"). */
    private List<SvgCompletesPerDay.Wave> waves() {
        List<SvgCompletesPerDay.Wave> waves = new ArrayList<>();
        int reminders = 0;
        for (MonitorReport.Wave wave : report.waves()) {
            String label = wave.reminder() ? "H" + ++reminders
                    : switch (wave.channel()) {
                        case "letter" -> "brief";
                        case "email" -> "e-mail";
                        default -> wave.channel();
                    };
            waves.add(new SvgCompletesPerDay.Wave(wave.date(), label));
        }
        return waves;
    }

    /** The study's threshold in points, written the Dutch way: "5" or "2,5". */
    public String threshold() {
        double points = report.thresholdPp();
        return points == Math.rint(points) ? Long.toString((long) points) : Dutch.decimal(points, 1);
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
    private static String percent(Double fraction) {
        return fraction == null ? "–" : Dutch.percent(fraction);
    }

    /** −5.6 → "−5,6 pp"; null → "–". */
    private static String points(Double value) {
        return value == null ? "–" : Dutch.points(value);
    }

    private static String decimal(Double value, int digits) {
        return value == null ? "–" : Dutch.decimal(value, digits);
    }
}
