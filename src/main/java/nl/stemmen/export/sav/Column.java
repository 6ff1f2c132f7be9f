package nl.stemmen.export.sav;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a variable sits in the file. A string wider than 255 bytes (a very long string) is stored as
 * segments of at most 255 bytes, each its own variable record with its own short name; every other
 * variable is one segment. Each segment takes one variable record per 8 bytes of width (one for a number).
 *
 * @param variable        the variable as given
 * @param segmentNames    the short name of each segment, first segment first
 * @param dictionaryIndex the 1-based index of its first variable record, counting continuation records
 */
record Column(SavVariable variable, List<String> segmentNames, int dictionaryIndex) {

    /** Widest string without segments, and the bytes of data each segment carries. */
    static final int SEGMENT_BYTES = 255;
    /** A very long string has one segment per 252 bytes of width, rounding up (PSPP's description). */
    private static final int WIDTH_PER_SEGMENT = 252;

    /**
     * Lays out the dictionary: unique names (compared case-insensitively), short names and indexes.
     *
     * @throws IllegalArgumentException naming the variable whose name repeats an earlier one, or for no variables
     */
    static List<Column> layOut(List<SavVariable> variables) {
        if (variables == null || variables.isEmpty()) {
            throw new IllegalArgumentException("a system file needs at least one variable");
        }
        Map<String, String> seen = new HashMap<>();
        for (SavVariable variable : variables) {
            String earlier = seen.putIfAbsent(SavVariable.caseFold(variable.name()), variable.name());
            if (earlier != null) {
                throw new IllegalArgumentException("variable name '" + variable.name()
                        + "' repeats '" + earlier + "' (names are compared case-insensitively)");
            }
        }
        ShortNames shortNames = new ShortNames(variables);
        List<Column> columns = new ArrayList<>();
        int index = 1;
        for (SavVariable variable : variables) {
            List<String> names = new ArrayList<>(List.of(shortNames.first(variable)));
            for (int segment = 1; segment < segmentCount(variable.width()); segment++) {
                names.add(shortNames.nextSegment(variable.name()));
            }
            Column column = new Column(variable, List.copyOf(names), index);
            columns.add(column);
            index += column.elements();
        }
        return columns;
    }

    int segments() {
        return segmentNames.size();
    }

    boolean isVeryLong() {
        return variable.width() > SEGMENT_BYTES;
    }

    /** The width of segment {@code i}: 255 but the last, which has what is left of 252 per segment. */
    int segmentWidth(int i) {
        int width = variable.width();
        if (width <= SEGMENT_BYTES) {
            return width;
        }
        return i < segments() - 1 ? SEGMENT_BYTES : width - (segments() - 1) * WIDTH_PER_SEGMENT;
    }

    /** The 8-byte data elements (and variable records) of one segment of this width. */
    static int elements(int segmentWidth) {
        return segmentWidth == 0 ? 1 : (segmentWidth + 7) / 8;
    }

    /** The 8-byte data elements of the whole variable in one case. */
    int elements() {
        int elements = 0;
        for (int i = 0; i < segments(); i++) {
            elements += elements(segmentWidth(i));
        }
        return elements;
    }

    private static int segmentCount(int width) {
        return width <= SEGMENT_BYTES ? 1 : (width + WIDTH_PER_SEGMENT - 1) / WIDTH_PER_SEGMENT;
    }
}
