package nl.stemmen.monitor.view;

import static nl.stemmen.monitor.view.SvgFigure.BAR;
import static nl.stemmen.monitor.view.SvgFigure.FONT;
import static nl.stemmen.monitor.view.SvgFigure.WIDTH;

import java.util.Locale;

/**
 * The fieldwork funnel as an SVG chart: invited → opened → started → partial → completed, one bar per stage
 * to the scale of the largest, its count and its share of the invited written above it.
 */
public final class SvgFunnel {

    private static final String[] STAGES = {"Uitgenodigd", "Geopend", "Begonnen", "Gedeeltelijk", "Voltooid"};
    private static final int ROW = 40;
    private static final int BAR_HEIGHT = 14;

    private SvgFunnel() {
    }

    /**
     * The chart as an SVG element to inline in a page. Counts are as the monitor gives them (§7: cumulative,
     * a completed response also counts as opened and started; partial = started, not completed, inactive).
     * Shares of the invited are written only when somebody was invited.
     */
    public static String render(long invited, long opened, long started, long partial, long completed) {
        long[] counts = {invited, opened, started, partial, completed};
        long largest = 0;
        for (long c : counts) {
            largest = Math.max(largest, c);
        }
        StringBuilder summary = new StringBuilder("Trechter: ");
        for (int i = 0; i < counts.length; i++) {
            summary.append(counts[i]).append(' ').append(STAGES[i].toLowerCase(Locale.ROOT))
                    .append(i < counts.length - 1 ? ", " : ".");
        }
        SvgFigure figure = new SvgFigure(ROW * counts.length, summary.toString());
        for (int i = 0; i < counts.length; i++) {
            double y = ROW * i;
            String count = counts[i] + (invited > 0 && i > 0 ? " · " + Dutch.percent(counts[i] / (double) invited) : "");
            figure.text(0, y + FONT, "start", "font-weight=\"600\"", STAGES[i]).text(WIDTH, y + FONT, "end", "", count);
            if (counts[i] > 0) {
                figure.rect(0, y + 18, Math.max(1, WIDTH * counts[i] / (double) largest), BAR_HEIGHT, BAR, null);
            }
        }
        return figure.end();
    }
}
