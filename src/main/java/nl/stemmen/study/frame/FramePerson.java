package nl.stemmen.study.frame;

import java.util.Map;

/**
 * One person of a sample frame: the supplier's pseudonymous key, the contact details and the attributes.
 * Both maps are immutable, keyed by column name, and hold only the non-empty values, trimmed (a postcode as
 * {@code 1234 AB}, a letter language in lower case); an absent key means the file left it empty. Two people are
 * equal when ref, contact details and attributes are.
 */
public record FramePerson(String ref, Map<String, String> contact, Map<String, String> attributes) {

    public FramePerson {
        // The reader's maps are immutable already and share their column names: copying would undo that.
        contact = contact instanceof ColumnValues ? contact : Map.copyOf(contact);
        attributes = attributes instanceof ColumnValues ? attributes : Map.copyOf(attributes);
    }
}
