package nl.stemmen.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Column names that SPSS accepts and that are unique in one export, the same in the CSV and the .sav.
 * SPSS names: at most 64 bytes, a letter first, then letters, digits, {@code _} and {@code .} (not
 * last), none of its reserved words, unique regardless of case. A questionnaire name such as
 * {@code werk-uren} becomes {@code werk_uren}; a name already taken gets {@code _2}, {@code _3}, … .
 */
final class ColumnNames {

    private static final int MAX_BYTES = 64;
    private static final Set<String> RESERVED = Set.of("ALL", "AND", "BY", "EQ", "GE", "GT", "LE", "LT", "NE", "NOT",
            "OR", "TO", "WITH");

    private final Set<String> taken = new HashSet<>();

    /** A name for this column, as near to {@code wanted} as the rules allow, and from now on taken. */
    String claim(String wanted) {
        String name = safe(wanted);
        for (int n = 2; taken.contains(key(name)); n++) {
            String suffix = "_" + n;
            String base = safe(wanted);
            name = base.substring(0, Math.min(base.length(), MAX_BYTES - suffix.length())) + suffix;
        }
        taken.add(key(name));
        return name;
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    static String safe(String wanted) {
        String name = wanted.replaceAll("[^A-Za-z0-9_.]", "_");
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            name = "v" + name;
        }
        if (name.length() > MAX_BYTES) {
            name = name.substring(0, MAX_BYTES);
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1) + "_";
        }
        return RESERVED.contains(key(name)) ? name + "_" : name;
    }
}
