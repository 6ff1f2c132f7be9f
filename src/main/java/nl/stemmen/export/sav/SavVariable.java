package nl.stemmen.export.sav;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A variable of the dictionary. {@code width} 0 = numeric; 1..32767 = string of that many bytes of
 * UTF-8 (a character takes 1 to 4 bytes: Arabic 2, Ge'ez 3).
 *
 * @param name        SPSS name: starts with a letter, then letters, digits, {@code _ . @ # $}; at most 64
 *                    bytes of UTF-8; not a reserved word (ALL AND BY EQ GE GT LE LT NE NOT OR TO WITH);
 *                    may not end with a full stop
 * @param label       the variable label, or null or empty for none; longer than 255 bytes is cut at a character
 *                    boundary
 * @param width       0 for numeric, else the string's width in bytes
 * @param valueLabels code → label, numeric variables only; null = none; labels longer than 120 bytes (the
 *                    SPSS limit) are cut at a character boundary
 * @param missing     user-missing values, numeric variables only; null = none
 * @throws IllegalArgumentException naming the variable, when one of these rules is broken
 */
public record SavVariable(String name, String label, int width, Map<Double, String> valueLabels, MissingValues missing) {

    /** The widest string SPSS knows, in bytes. */
    public static final int MAX_WIDTH = 32767;

    private static final int MAX_NAME_BYTES = 64;
    private static final Set<String> RESERVED =
            Set.of("ALL", "AND", "BY", "EQ", "GE", "GT", "LE", "LT", "NE", "NOT", "OR", "TO", "WITH");

    public SavVariable {
        String problem = nameProblem(name);
        if (problem != null) {
            throw new IllegalArgumentException("variable name '" + name + "' " + problem);
        }
        if (width < 0 || width > MAX_WIDTH) {
            throw new IllegalArgumentException("variable " + name + ": width " + width
                    + " is neither 0 (numeric) nor 1.." + MAX_WIDTH + " (string bytes)");
        }
        valueLabels = valueLabels == null ? Map.of() : sortedCopy(name, valueLabels);
        missing = missing == null ? MissingValues.none() : missing;
        if (width > 0 && !(valueLabels.isEmpty() && missing.isEmpty())) {
            throw new IllegalArgumentException("variable " + name
                    + ": value labels and missing values are for numeric variables only");
        }
    }

    /** A numeric variable without value labels or missing values. */
    public static SavVariable numeric(String name, String label) {
        return new SavVariable(name, label, 0, Map.of(), MissingValues.none());
    }

    /** A string variable of {@code width} bytes. */
    public static SavVariable string(String name, String label, int width) {
        return new SavVariable(name, label, width, Map.of(), MissingValues.none());
    }

    /** True for width 0. */
    public boolean isNumeric() {
        return width == 0;
    }

    /** Whether {@code name} may name a variable (see the record's {@code name} rules). */
    public static boolean isValidName(String name) {
        return nameProblem(name) == null;
    }

    /** The key under which SPSS compares names: case-insensitive. */
    static String caseFold(String name) {
        return name.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    private static String nameProblem(String name) {
        if (name == null || name.isEmpty()) {
            return "is empty";
        }
        if (!Character.isLetter(name.codePointAt(0))) {
            return "does not start with a letter";
        }
        if (!name.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || "_.@#$".indexOf(c) >= 0)) {
            return "has a character other than letters, digits and _ . @ # $";
        }
        if (name.endsWith(".")) {
            return "ends with a full stop";
        }
        if (Utf8.length(name) > MAX_NAME_BYTES) {
            return "is longer than " + MAX_NAME_BYTES + " bytes";
        }
        if (RESERVED.contains(name.toUpperCase(Locale.ROOT))) {
            return "is a reserved word";
        }
        return null;
    }

    private static Map<Double, String> sortedCopy(String name, Map<Double, String> labels) {
        TreeMap<Double, String> copy = new TreeMap<>();
        labels.forEach((value, text) -> {
            if (value == null || value.isNaN() || text == null) {
                throw new IllegalArgumentException("variable " + name + ": value label " + value + " = " + text
                        + " needs a number and a text");
            }
            copy.put(value, text);
        });
        return Collections.unmodifiableMap(copy);
    }
}
