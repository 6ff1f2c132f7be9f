package nl.stemmen.study;

import java.util.Map;

/**
 * One person of a sample frame: the supplier's pseudonymous key, the contact details and the attributes.
 * Both maps are keyed by column name and hold only the non-empty values, trimmed (a postcode as
 * {@code 1234 AB}, a letter language in lower case); an absent key means the file left it empty.
 */
public record FramePerson(String ref, Map<String, String> contact, Map<String, String> attributes) {

    public FramePerson {
        contact = Map.copyOf(contact);
        attributes = Map.copyOf(attributes);
    }
}
