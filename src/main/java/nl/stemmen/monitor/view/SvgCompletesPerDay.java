package nl.stemmen.monitor.view;

import static nl.stemmen.monitor.view.SvgFigure.BAR;
import static nl.stemmen.monitor.view.SvgFigure.FONT;
import static nl.stemmen.monitor.view.SvgFigure.INK;
import static nl.stemmen.monitor.view.SvgFigure.MUTED;
import static nl.stemmen.monitor.view.SvgFigure.RULE;
import static nl.stemmen.monitor.view.SvgFigure.WIDTH;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Completes per day during fieldwork as an SVG bar chart: one bar per day, each reminder wave a dashed
 * vertical line labelled above the bars, a few days on the axis and the highest day's count at the top.
 */
public final class SvgCompletesPerDay {

    /** A reminder wave: the day its letters went out and its name on the chart ("H1", "herinnering 2"). */
    public record Wave(LocalDate date, String label) {
    }

    private static final int WAVE_ROW = 16;
    private static final int PLOT_HEIGHT = 110;
    private static final int LEFT_MARGIN = 4;
    private static final int AXIS_LABELS = 4;

    private SvgCompletesPerDay() {
    }

    /**
     * The chart as an SVG element to inline in a page.
     *
     * @param start     the first day of fieldwork
     * @param end       the last day to draw: the last day of fieldwork, or today while it runs; before
     *                  {@code start} when fieldwork has not begun
     * @param completes completed responses per day (days without are 0); days outside start..end widen
     *                  the chart, so no complete is left out
     * @param waves     reminder waves; those outside the drawn days are left out
     * @return an {@code <svg>} with a bar per day, or "nog geen voltooide vragenlijsten" when every day is 0
     */
    public static String render(LocalDate start, LocalDate end, Map<LocalDate, Integer> completes, List<Wave> waves) {
        LocalDate first = completes.keySet().stream().filter(d -> completes.get(d) > 0).min(Comparator.naturalOrder())
                .filter(d -> d.isBefore(start)).orElse(start);
        LocalDate last = completes.keySet().stream().filter(d -> completes.get(d) > 0).max(Comparator.naturalOrder())
                .filter(d -> d.isAfter(end)).orElse(end);
        int days = (int) Math.max(0, ChronoUnit.DAYS.between(first, last) + 1);
        int[] counts = new int[days];
        completes.forEach((day, count) -> {
            long i = ChronoUnit.DAYS.between(first, day);
            if (i >= 0 && i < days) {
                counts[(int) i] = count;
            }
        });
        List<Wave> shown = waves.stream().filter(w -> !w.date().isBefore(first) && !w.date().isAfter(last))
                .sorted(Comparator.comparing(Wave::date)).toList();
        return new Layout(first, counts, shown).draw(summary(start, end, first, counts, shown));
    }

    private static String summary(LocalDate start, LocalDate end, LocalDate first, int[] counts, List<Wave> waves) {
        int total = 0, busiest = 0;
        for (int i = 0; i < counts.length; i++) {
            total += counts[i];
            busiest = counts[i] > counts[busiest] ? i : busiest;
        }
        String period = "Voltooide vragenlijsten per dag, " + (end.isBefore(start) ? "veldwerk vanaf " + Dutch.date(start)
                : Dutch.date(start) + " tot en met " + Dutch.date(end)) + ": ";
        String figures = total == 0 ? "nog geen voltooide vragenlijsten."
                : total + " in totaal, de meeste op " + Dutch.date(first.plusDays(busiest)) + " (" + counts[busiest] + ").";
        String reminders = waves.isEmpty() ? ""
                : " Herinneringen: " + waves.stream().map(w -> w.label() + " op " + Dutch.date(w.date()))
                        .collect(Collectors.joining(", ")) + ".";
        return period + figures + reminders;
    }

    /** Where everything goes: wave labels on top, then the bars, then the day labels. */
    private static final class Layout {

        private final LocalDate first;
        private final int[] counts;
        private final List<Wave> waves;
        private final int max;
        private final double left;
        private final double slot;

        Layout(LocalDate first, int[] counts, List<Wave> waves) {
            this.first = first;
            this.counts = counts;
            this.waves = waves;
            this.max = Arrays.stream(counts).max().orElse(0);
            this.left = LEFT_MARGIN + SvgFigure.width(String.valueOf(max).length()) + 4;
            this.slot = counts.length == 0 ? 0 : (WIDTH - LEFT_MARGIN - left) / counts.length;
        }

        String draw(String summary) {
            List<Integer> waveRows = waveRows();
            int rows = waveRows.stream().mapToInt(r -> r + 1).max().orElse(0);
            double top = 8 + rows * WAVE_ROW + (max > 0 ? 6 : 0);
            double bottom = top + PLOT_HEIGHT;
            double right = WIDTH - LEFT_MARGIN;
            SvgFigure figure = new SvgFigure((int) bottom + 24, summary);
            if (max > 0) {
                figure.line(left, top, right, top, RULE, 1, "2 3").text(left - 4, top + 4, "end", "", String.valueOf(max));
                bars(figure, bottom);
            } else {
                figure.text(WIDTH / 2.0, top + PLOT_HEIGHT / 2.0, "middle", "fill=\"" + MUTED + "\"",
                        "Nog geen voltooide vragenlijsten");
            }
            figure.line(left, bottom, right, bottom, INK, 1, null).text(left - 4, bottom + 4, "end", "", "0");
            dayLabels(figure, bottom);
            for (int w = 0; w < waves.size(); w++) {
                double x = x(waves.get(w).date());
                // a white casing keeps the dashed line visible where it crosses a bar
                figure.line(x, top, x, bottom, "#fff", 3.5, null).line(x, labelBaseline(waveRows.get(w)) + 4, x, bottom, INK, 1.5, "4 3");
            }
            for (int w = 0; w < waves.size(); w++) {
                String label = waveLabel(waves.get(w));
                // a white halo keeps the label readable where another wave's line runs past it
                figure.text(SvgFigure.inside(x(waves.get(w).date()), SvgFigure.width(label.length())), labelBaseline(waveRows.get(w)),
                        "middle", "font-weight=\"600\" stroke=\"#fff\" stroke-width=\"4\" paint-order=\"stroke\"", label);
            }
            return figure.end();
        }

        private static double labelBaseline(int row) {
            return 8 + row * WAVE_ROW + FONT - 2;
        }

        /** The middle of a day's bar. */
        private double x(LocalDate day) {
            return left + slot * (ChronoUnit.DAYS.between(first, day) + 0.5);
        }

        private void bars(SvgFigure figure, double bottom) {
            double gap = slot >= 4 ? Math.max(1, slot * 0.2) : 0;
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    // one complete stays visible as a 1-unit bar however high the busiest day is
                    double height = Math.max(1, PLOT_HEIGHT * counts[i] / (double) max);
                    figure.rect(left + i * slot + gap / 2, bottom - height, slot - gap, height, BAR, null);
                }
            }
        }

        /** The first day and every so many after it, evenly, at most four, each with a tick under its bar. */
        private void dayLabels(SvgFigure figure, double bottom) {
            // ceil((days - 1) / 3): at most four labels, the first day always among them
            int step = Math.max(1, (counts.length - 1 + AXIS_LABELS - 2) / (AXIS_LABELS - 1));
            for (int day = 0; day < counts.length; day += step) {
                LocalDate date = first.plusDays(day);
                String text = Dutch.day(date);
                figure.line(x(date), bottom, x(date), bottom + 4, INK, 1, null)
                        .text(SvgFigure.inside(x(date), SvgFigure.width(text.length())), bottom + 18, "middle", "", text);
            }
        }

        /** Each wave's row of labels: the first row whose last label ends before this one starts, else the emptier. */
        private List<Integer> waveRows() {
            double[] rowEnds = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
            List<Integer> rows = new ArrayList<>();
            for (Wave wave : waves) {
                double half = SvgFigure.width(waveLabel(wave).length()) / 2;
                double from = SvgFigure.inside(x(wave.date()), 2 * half) - half;
                int row = rowEnds[0] < from ? 0 : rowEnds[1] < from ? 1 : rowEnds[0] <= rowEnds[1] ? 0 : 1;
                rowEnds[row] = from + 2 * half;
                rows.add(row);
            }
            return rows;
        }

        private static String waveLabel(Wave wave) {
            return SvgFigure.label(wave.label(), 16);
        }
    }
}
