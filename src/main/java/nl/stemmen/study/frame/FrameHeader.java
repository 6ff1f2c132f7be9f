package nl.stemmen.study.frame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.commons.csv.CSVRecord;

/**
 * A frame's header row understood: where {@code ref} is, which columns are contact columns, which attributes, and
 * which have no name. Names are trimmed, lower-cased, with spaces and hyphens as {@code _}; {@code e_mail} (from
 * "E-mail") means {@code email}.
 */
final class FrameHeader {

    /**
     * Other names of the contact columns, Dutch ones above all (register extracts have Dutch headers):
     * a contact detail under another name would otherwise be kept as an attribute, beside the subgroups.
     */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("e_mail", "email"), Map.entry("e_mailadres", "email"), Map.entry("emailadres", "email"),
            Map.entry("naam", "name"), Map.entry("volledige_naam", "name"),
            Map.entry("straat", "street"), Map.entry("adres", "street"), Map.entry("straat_en_huisnummer", "street"),
            Map.entry("woonplaats", "city"), Map.entry("plaats", "city"),
            Map.entry("telefoon", "phone"), Map.entry("telefoonnummer", "phone"), Map.entry("mobiel", "phone"),
            Map.entry("taal", "letter_language"), Map.entry("brieftaal", "letter_language"),
            Map.entry("referentie", "ref"));

    private static final int MAX_NAME = 64;

    final int size;
    int refIndex = -1;
    final List<String> names = new ArrayList<>();
    final Map<Integer, ContactColumn> contact = new TreeMap<>();
    final List<Integer> attributeIndexes = new ArrayList<>();
    final List<Integer> namelessIndexes = new ArrayList<>();

    private FrameHeader(int size) {
        this.size = size;
    }

    /** The header of this record, with any problems of it added to {@code problems}. */
    static FrameHeader of(CSVRecord record, int line, FrameProblems problems) {
        FrameHeader header = new FrameHeader(record.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String raw = FrameValues.trim(record.get(i));
            String name = normalise(raw);
            header.names.add(name);
            if (name.isEmpty()) {
                header.namelessIndexes.add(i);
                continue;
            }
            Integer earlier = seen.putIfAbsent(name, i);
            if (earlier != null) {
                problems.add(line, name, "column " + (i + 1) + " '" + raw + "' repeats column " + (earlier + 1)
                        + " '" + FrameValues.trim(record.get(earlier)) + "': each column may appear once");
                continue;
            }
            Optional<ContactColumn> contact = ContactColumn.named(name);
            if (name.length() > MAX_NAME) {
                // frame_attribute.attribute is this wide; a dimension name is shorter still
                problems.add(line, null, "column " + (i + 1) + " has a name of " + name.length()
                        + " characters; a column's name may be at most " + MAX_NAME);
            } else if (name.equals("ref")) {
                header.refIndex = i;
            } else if (contact.isPresent()) {
                header.contact.put(i, contact.get());
            } else {
                header.attributeIndexes.add(i);
            }
        }
        if (header.refIndex < 0) {
            problems.add(line, "ref", "the header (the first line, naming the columns) has no column 'ref', the"
                    + " supplier's key for each person; columns found: " + String.join(", ", header.names));
        }
        return header;
    }

    static String normalise(String headerName) {
        String name = headerName.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        return ALIASES.getOrDefault(name, name);
    }

    List<String> attributeColumns() {
        return attributeIndexes.stream().map(names::get).toList();
    }

    List<String> contactColumns() {
        return contact.keySet().stream().map(names::get).toList();
    }
}
