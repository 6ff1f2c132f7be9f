package nl.stemmen.api;

/** What every CSV download does to cells a spreadsheet would otherwise run as formulas. */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /**
     * A value as a spreadsheet will not run it: one starting with = + - @, a tab or a carriage return
     * gets a leading apostrophe (OWASP's advice on CSV injection). Null stays null.
     */
    public static String inert(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
