package nl.stemmen.mailing.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.text.MessageFormat;

import nl.stemmen.questionnaire.load.LoadProblem;
import nl.stemmen.questionnaire.translation.PoEntry;
import nl.stemmen.questionnaire.translation.PoFile;

/**
 * A letter's texts in one language, each an ICU MessageFormat pattern: {@code greeting} may use {@code {name}},
 * {@code contact} uses {@code {email}}; {@code body}, {@code howTo} and {@code privacy} are plain paragraphs.
 * The defaults are PO files {@code letter/<language>.po} (msgctxt {@code letter.greeting}, {@code letter.body},
 * {@code letter.howto}, {@code letter.privacy}, {@code letter.contact}), the same workflow as the UI texts.
 */
public record LetterTexts(String language, String greeting, String body, String howTo, String privacy, String contact) {

    /** The languages with a default letter text, Dutch first. */
    public static final List<String> DEFAULT_LANGUAGES = List.of("nl", "en", "ar", "tr", "fa", "ti");

    /** The default texts of every language in {@link #DEFAULT_LANGUAGES}, by language code, Dutch first. */
    public static Map<String, LetterTexts> defaults() {
        Map<String, LetterTexts> texts = new LinkedHashMap<>();
        for (String language : DEFAULT_LANGUAGES) {
            String file = "letter/" + language + ".po";
            texts.put(language, fromPo(language, file, read(file)));
        }
        return texts;
    }

    /**
     * The texts of one PO file (as a lead's edited template would be stored), falling back to the msgid (the Dutch
     * source) for an untranslated entry. Throws IllegalArgumentException naming the file when it cannot be read or misses a key.
     */
    public static LetterTexts fromPo(String language, String file, String po) {
        List<LoadProblem> problems = new ArrayList<>();
        Map<String, PoEntry> entries = PoFile.parse(file, po, problems).entries();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Broken letter texts in " + file + ": " + problems);
        }
        return new LetterTexts(language, text(entries, file, "letter.greeting"), text(entries, file, "letter.body"),
                text(entries, file, "letter.howto"), text(entries, file, "letter.privacy"), text(entries, file, "letter.contact"));
    }

    /** The greeting with the person's name filled in. */
    String greeting(String name) {
        return new MessageFormat(greeting, Locale.forLanguageTag(language)).format(Map.of("name", name));
    }

    /** The contact sentence with the study's e-mail address filled in. */
    String contact(String email) {
        return new MessageFormat(contact, Locale.forLanguageTag(language)).format(Map.of("email", email));
    }

    private static String text(Map<String, PoEntry> entries, String file, String key) {
        PoEntry entry = entries.get(key);
        if (entry == null) {
            throw new IllegalArgumentException(file + " has no text " + key);
        }
        return entry.translation().isBlank() ? entry.source() : entry.translation();
    }

    private static String read(String resource) {
        try (InputStream in = LetterTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
