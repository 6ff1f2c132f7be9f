package nl.stemmen.monitor.view;

import java.text.BreakIterator;
import java.util.Locale;

import nl.stemmen.respond.view.Html;

/**
 * One SVG figure being written: 300 units wide and scaled to the width of its container, with its summary
 * as both {@code <title>} and {@code aria-label}. Text is 13 units, so at least 12 px wherever the figure is
 * at least 277 px wide (a 360-px phone leaves 328 px inside the staff page's margins). Colours are the staff
 * pages' own and reach WCAG AA on white: ink 17:1, bars 9:1, the lagging red 7:1.
 */
final class SvgFigure {

    static final int WIDTH = 300;
    static final int FONT = 13;
    /** Roughly the width of one character of the 13-unit system font, to keep texts apart without measuring. */
    static final double CHAR = 7.2;
    static final String INK = "#1b1b1b";
    static final String MUTED = "#4a4a4a";
    static final String BAR = "#0b4f6c";
    static final String LIGHT = "#dde3e8";
    static final String RULE = "#6b7780";
    static final String LAGGING = "#b00020";

    private static final String FONTS = "system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans Arabic',Tahoma,sans-serif";
    private static final char FSI = '\u2068', PDI = '\u2069';

    private final StringBuilder svg = new StringBuilder(4096);

    /** Opens a figure of {@code height} units whose {@code summary} says in words what it shows. */
    SvgFigure(int height, String summary) {
        String said = Html.escape(summary);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"").append(said)
                .append("\" font-family=\"").append(FONTS).append("\" font-size=\"").append(FONT)
                .append("\" fill=\"").append(INK).append("\"><title>").append(said).append("</title>");
    }

    /** Text at a baseline; {@code anchor} is start, middle or end; {@code attributes} (written as given) may be empty. */
    SvgFigure text(double x, double y, String anchor, String attributes, String text) {
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append('"');
        if (!anchor.equals("start")) {
            svg.append(" text-anchor=\"").append(anchor).append('"');
        }
        if (!attributes.isEmpty()) {
            svg.append(' ').append(attributes);
        }
        svg.append('>').append(Html.escape(text)).append("</text>");
        return this;
    }

    /** A rectangle; {@code stroke} null for none. */
    SvgFigure rect(double x, double y, double width, double height, String fill, String stroke) {
        svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" fill=\"").append(fill).append('"');
        if (stroke != null) {
            svg.append(" stroke=\"").append(stroke).append("\" stroke-width=\"1.5\"");
        }
        svg.append("/>");
        return this;
    }

    /** A line; {@code dashes} (an SVG dash array) null for a solid one. */
    SvgFigure line(double x1, double y1, double x2, double y2, String stroke, double width, String dashes) {
        svg.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(n(width)).append('"');
        if (dashes != null) {
            svg.append(" stroke-dasharray=\"").append(dashes).append('"');
        }
        svg.append("/>");
        return this;
    }

    /** The finished SVG, to inline in a page as it is. */
    String end() {
        return svg.append("</svg>").toString();
    }

    /**
     * A label from the data as a text shows it: at most {@code max} characters (as a reader counts them,
     * so no accent or Arabic mark is cut off), else shortened with "…", and isolated (FSI…PDI) so an
     * Arabic label keeps its own direction, its "…" on its left, whatever stands beside it.
     */
    static String label(String text, int max) {
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        int kept = characters.first();
        for (int count = 0; count < max - 1; count++) {
            int next = characters.next();
            if (next == BreakIterator.DONE) {
                return FSI + text + PDI;
            }
            kept = next;
        }
        boolean fits = characters.next() == BreakIterator.DONE || characters.next() == BreakIterator.DONE;
        return FSI + (fits ? text : text.substring(0, kept).stripTrailing() + "…") + PDI;
    }

    /** Width in units that {@code characters} characters of text take, about. */
    static double width(int characters) {
        return characters * CHAR;
    }

    /** Where a text of {@code width} centred on {@code x} must stand to stay inside the figure. */
    static double inside(double x, double width) {
        return Math.max(width / 2, Math.min(WIDTH - width / 2, x));
    }

    /** A coordinate, with at most two decimals and none where they are 0. */
    static String n(double value) {
        String s = String.format(Locale.ROOT, "%.2f", value);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
