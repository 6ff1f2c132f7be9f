package nl.stemmen.monitor.view;

import static nl.stemmen.monitor.view.SvgFigure.BAR;
import static nl.stemmen.monitor.view.SvgFigure.FONT;
import static nl.stemmen.monitor.view.SvgFigure.LAGGING;
import static nl.stemmen.monitor.view.SvgFigure.LIGHT;
import static nl.stemmen.monitor.view.SvgFigure.MUTED;
import static nl.stemmen.monitor.view.SvgFigure.WIDTH;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The cells of one dimension as an SVG chart: per cell its population share (a light, outlined bar) and its
 * respondent share (a solid bar) with the difference in percentage points beside the cell's name. A lagging
 * cell carries the word "achter" and a red stripe, so it stands out without colour too.
 */
public final class SvgCellShares {

    /**
     * One cell's row.
     *
     * @param label           the cell's name as the study calls it ("vrouw", "18–29", "سوريا")
     * @param populationShare its share of the study's population, 0..1; null when the population is unknown
     * @param respondentShare its share of the completes, 0..1; null while nobody has completed
     * @param differencePp    100 × (respondent share − population share), as the monitor computed it; null when unknown
     * @param lagging         whether the monitor counts the cell as lagging
     */
    public record Cell(String label, Double populationShare, Double respondentShare, Double differencePp, boolean lagging) {
        public Cell {
            Objects.requireNonNull(label, "label");
        }
    }

    private static final int LEGEND = 26;
    private static final int ROW = 58;
    private static final int BAR_HEIGHT = 13;
    private static final double INSET = 8;
    /** Room after the longest bar for its percentage ("100,0%"). */
    private static final double VALUE_ROOM = SvgFigure.width(6) + 6;

    private SvgCellShares() {
    }

    /**
     * The chart as an SVG element to inline in a page; bars are drawn to the scale of the largest share,
     * so small shares stay visible, and every share is written beside its bar.
     *
     * @param cells the dimension's cells in the order to show them; none gives a chart saying so
     */
    public static String render(List<Cell> cells) {
        if (cells.isEmpty()) {
            return new SvgFigure(30, "Aandeel per cel: nog geen cellen.")
                    .text(0, 20, "start", "fill=\"" + MUTED + "\"", "Nog geen cellen om te tonen").end();
        }
        double largest = cells.stream().flatMap(c -> Stream.of(c.populationShare(), c.respondentShare()))
                .filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(0);
        double barRoom = WIDTH - INSET - VALUE_ROOM;
        SvgFigure figure = new SvgFigure(LEGEND + ROW * cells.size(), summary(cells));
        legend(figure);
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            double y = LEGEND + ROW * i;
            String points = cell.differencePp() == null ? "" : Dutch.points(cell.differencePp());
            String difference = cell.lagging() ? (points.isEmpty() ? "achter" : "achter · " + points) : points;
            if (cell.lagging()) {
                figure.rect(0, y + 2, 4, ROW - 12, LAGGING, null);
            }
            int labelRoom = (int) ((WIDTH - INSET - SvgFigure.width(difference.length()) - 8) / SvgFigure.CHAR);
            figure.text(INSET, y + FONT, "start", "font-weight=\"600\"", SvgFigure.label(cell.label(), Math.max(4, labelRoom)))
                    .text(WIDTH, y + FONT, "end", cell.lagging() ? "font-weight=\"600\" fill=\"" + LAGGING + "\"" : "", difference);
            bar(figure, y + 19, cell.populationShare(), largest, barRoom, false, "bevolking onbekend");
            bar(figure, y + 19 + BAR_HEIGHT + 5, cell.respondentShare(), largest, barRoom, true, "nog geen respondenten");
        }
        return figure.end();
    }

    private static void legend(SvgFigure figure) {
        figure.rect(INSET, 5, 14, BAR_HEIGHT - 2, LIGHT, BAR).text(INSET + 20, 15, "start", "", "bevolking")
                .rect(INSET + 110, 5, 14, BAR_HEIGHT - 2, BAR, null).text(INSET + 130, 15, "start", "", "respondenten");
    }

    private static void bar(SvgFigure figure, double y, Double share, double largest, double room, boolean solid, String unknown) {
        if (share == null) {
            figure.text(INSET, y + BAR_HEIGHT - 2, "start", "fill=\"" + MUTED + "\" font-style=\"italic\"", unknown);
            return;
        }
        double length = largest > 0 ? room * share / largest : 0;
        if (length > 0) {
            figure.rect(INSET, y, length, BAR_HEIGHT, solid ? BAR : LIGHT, solid ? null : BAR);
        }
        figure.text(INSET + length + 4, y + BAR_HEIGHT - 2, "start", "", Dutch.percent(share));
    }

    private static String summary(List<Cell> cells) {
        return "Aandeel per cel in de bevolking en onder de respondenten: " + cells.stream().map(c -> c.label() + " "
                + (c.populationShare() == null ? "bevolking onbekend" : Dutch.percent(c.populationShare())) + " en "
                + (c.respondentShare() == null ? "nog geen respondenten" : Dutch.percent(c.respondentShare()))
                + (c.differencePp() == null ? "" : " (" + Dutch.points(c.differencePp()) + ")")
                + (c.lagging() ? ", blijft achter" : "")).collect(Collectors.joining("; ")) + ".";
    }
}
