package nl.stemmen.export;

import java.util.Map;

/**
 * One column of an export as SPSS describes a variable: what the .sav writer writes in its
 * dictionary, and what the codebook lists.
 *
 * @param name        SPSS-safe and unique in the export ({@link ColumnNames}); also the CSV's header
 * @param label       the variable label: the question (and its row or choice) in the export's language
 * @param width       0 for a numeric column; for a string column the most bytes (UTF-8) a value can take
 * @param valueLabels code → label, in the order the codebook lists them; empty for string columns
 * @param missing     the user-missing codes, or null when the column declares none
 */
public record Variable(String name, String label, int width, Map<Double, String> valueLabels, MissingRange missing) {

    /** Every code from {@code low} to {@code high} (both included) is missing: SPSS's {@code MISSING VALUES x (low THRU high)}. */
    public record MissingRange(double low, double high) {
    }

    public boolean numeric() {
        return width == 0;
    }

    public boolean isMissing(double code) {
        return missing != null && code >= missing.low() && code <= missing.high();
    }


    /** The same variable with another string width: the .sav takes the widest value found, not the most possible. */
    public Variable withWidth(int bytes) {
        return new Variable(name, label, bytes, valueLabels, missing);
    }
}
