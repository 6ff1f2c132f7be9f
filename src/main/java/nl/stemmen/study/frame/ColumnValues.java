package nl.stemmen.study.frame;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One person's values of a frame's columns as an immutable map: the column names are one array shared by all
 * people, the values one array per person (null where empty). A tenth of the memory of a map per person, which
 * counts for 65,000 people. Equal to any map with the same non-empty entries.
 */
final class ColumnValues extends AbstractMap<String, String> {

    private final String[] columns;
    private final String[] values;

    ColumnValues(String[] columns, String[] values) {
        this.columns = columns;
        this.values = values;
    }

    @Override
    public String get(Object column) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].equals(column)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object column) {
        return get(column) != null;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next = skipEmpty(0);

                    @Override
                    public boolean hasNext() {
                        return next < columns.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, String> entry = new SimpleImmutableEntry<>(columns[next], values[next]);
                        next = skipEmpty(next + 1);
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                int size = 0;
                for (String value : values) {
                    size += value == null ? 0 : 1;
                }
                return size;
            }
        };
    }

    private int skipEmpty(int from) {
        int i = from;
        while (i < columns.length && values[i] == null) {
            i++;
        }
        return i;
    }
}
