package nl.stemmen.study.frame;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a research lead sees before importing a frame: how many people, how many have each contact detail (who
 * can get an e-mail, who a letter), and per attribute column the values found with their counts (the subgroup
 * categories). Columns not among the study's dimensions are named here too; they are kept, never refused.
 *
 * @param people         number of people in the frame
 * @param contactFilled  per contact column in the file: how many people have a value
 * @param attributes     per attribute column, in file order
 */
public record FramePreview(int people, Map<String, Integer> contactFilled, List<AttributeValues> attributes) {

    /** At most this many values are listed per attribute column; a column of unique values (a date) says so. */
    public static final int MAX_VALUES_LISTED = 50;

    /**
     * The values of one attribute column.
     *
     * @param column     the column's name
     * @param counts     value to number of people, most frequent first (ties alphabetically), at most
     *                   {@link #MAX_VALUES_LISTED}
     * @param moreValues how many further distinct values there are beyond {@code counts}
     * @param empty      how many people have no value in this column
     */
    public record AttributeValues(String column, Map<String, Integer> counts, int moreValues, int empty) {

        public AttributeValues {
            counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        }
    }

    public FramePreview {
        contactFilled = Collections.unmodifiableMap(new LinkedHashMap<>(contactFilled));
        attributes = List.copyOf(attributes);
    }

    /** The preview of a frame; counts every person once. */
    public static FramePreview of(SampleFrame frame) {
        Map<String, Integer> filled = new LinkedHashMap<>();
        for (String column : frame.contactColumns()) {
            filled.put(column, (int) frame.people().stream().filter(p -> p.contact().containsKey(column)).count());
        }
        List<AttributeValues> attributes = frame.attributeColumns().stream()
                .map(column -> valuesOf(column, frame.people())).toList();
        return new FramePreview(frame.people().size(), filled, attributes);
    }

    private static AttributeValues valuesOf(String column, List<FramePerson> people) {
        Map<String, Integer> all = new HashMap<>();
        int empty = 0;
        for (FramePerson person : people) {
            String value = person.attributes().get(column);
            if (value == null) {
                empty++;
            } else {
                all.merge(value, 1, Integer::sum);
            }
        }
        Map<String, Integer> listed = new LinkedHashMap<>();
        all.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_VALUES_LISTED)
                .forEach(e -> listed.put(e.getKey(), e.getValue()));
        return new AttributeValues(column, listed, all.size() - listed.size(), empty);
    }
}
