package nl.stemmen.respond.view;

/**
 * Text made safe to place in HTML or SVG, as element content or inside a quoted attribute. Plain Java,
 * so renderers without Qute (the monitor's SVG charts) share it.
 */
public final class Html {

    private Html() {
    }

    /** {@code text} with {@code & < > " '} written as character references; null is not allowed. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
