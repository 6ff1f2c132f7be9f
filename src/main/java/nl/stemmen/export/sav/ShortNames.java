package nl.stemmen.export.sav;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 8-byte names of the variable records. A name that fits keeps itself (upper case); a longer one,
 * and every extra segment of a very long string, gets a unique name made of its first bytes and a number.
 * The long variable names record (subtype 13) then gives the real names back.
 */
final class ShortNames {

    static final int MAX_BYTES = 8;

    private final Set<String> taken = new HashSet<>();
    private final Map<String, Integer> nextNumber = new HashMap<>();

    /** Reserves the names that fit in 8 bytes first, so a generated name never takes one of them. */
    ShortNames(List<SavVariable> variables) {
        for (SavVariable variable : variables) {
            if (fits(variable.name())) {
                taken.add(SavVariable.caseFold(variable.name()));
            }
        }
    }

    /** The short name of a variable's first segment. */
    String first(SavVariable variable) {
        if (fits(variable.name())) {
            return upperAscii(variable.name());
        }
        String stem = stem(variable.name(), MAX_BYTES);
        return taken.add(SavVariable.caseFold(stem)) ? stem : numbered(variable.name());
    }

    /** A fresh short name for a later segment of the very long string {@code name}. */
    String nextSegment(String name) {
        return numbered(name);
    }

    private String numbered(String name) {
        String key = stem(name, MAX_BYTES);
        while (true) {
            int number = nextNumber.merge(key, 1, Integer::sum);
            String digits = Integer.toString(number);
            String candidate = stem(name, MAX_BYTES - digits.length()) + digits;
            if (taken.add(SavVariable.caseFold(candidate))) {
                return candidate;
            }
        }
    }

    private static boolean fits(String name) {
        return Utf8.length(name) <= MAX_BYTES;
    }

    /** The first bytes of a name, whole characters only, without a trailing full stop; "V" if none fit. */
    private static String stem(String name, int maxBytes) {
        String stem = upperAscii(new String(Utf8.truncate(name, maxBytes), StandardCharsets.UTF_8));
        while (stem.endsWith(".")) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem.isEmpty() ? "V" : stem;
    }

    /** Upper case for ASCII letters only, so the byte length never changes. */
    private static String upperAscii(String name) {
        StringBuilder upper = new StringBuilder(name.length());
        name.chars().forEach(c -> upper.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : (char) c));
        return upper.toString();
    }
}
