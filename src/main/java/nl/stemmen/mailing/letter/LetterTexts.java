package nl.stemmen.mailing.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.MessageFormat;

import nl.stemmen.questionnaire.load.LoadProblem;
import nl.stemmen.questionnaire.translation.PoEntry;
import nl.stemmen.questionnaire.translation.PoFile;

/**
 * A letter's and an invitation e-mail's texts in one language, each an ICU MessageFormat pattern: {@code greeting}
 * may use {@code {name}}, {@code contact} uses {@code {email}}, {@code subject} uses {@code {organisation}};
 * {@code body}, {@code howTo}, {@code emailHowTo} and {@code privacy} are plain paragraphs. The defaults are PO files
 * {@code letter/<language>.po} (msgctxt {@code letter.greeting}, {@code letter.body}, {@code letter.howto},
 * {@code letter.privacy}, {@code letter.contact}, {@code email.subject}, {@code email.howto}), the same workflow as
 * the UI texts; a study may replace them with its own ({@code mailing.LetterTemplates}).
 */
public record LetterTexts(String language, String greeting, String body, String howTo, String privacy, String contact,
        String subject, String emailHowTo) {

    /** Every key a letter template has, in the order of the default files. */
    public static final List<String> KEYS = List.of("letter.greeting", "letter.body", "letter.howto", "letter.privacy",
            "letter.contact", "email.subject", "email.howto");

    private static final Set<String> PLACEHOLDERS = Set.of("name", "email", "organisation");

    /** The languages with a default letter text, Dutch first. */
    public static final List<String> DEFAULT_LANGUAGES = List.of("nl", "en", "ar", "tr", "fa", "ti");

    /**
     * The default texts of every language in {@link #DEFAULT_LANGUAGES}, by language code, Dutch first; unmodifiable,
     * read once (every e-mail round and letters request asks).
     */
    public static Map<String, LetterTexts> defaults() {
        return Defaults.TEXTS;
    }

    /** Holds the parsed defaults, made on first use (a broken default file fails there, naming it). */
    private static final class Defaults {
        static final Map<String, LetterTexts> TEXTS = parse();

        private static Map<String, LetterTexts> parse() {
            Map<String, LetterTexts> texts = new LinkedHashMap<>();
            for (String language : DEFAULT_LANGUAGES) {
                texts.put(language, fromPo(language, "letter/" + language + ".po", defaultPo(language)));
            }
            return Collections.unmodifiableMap(texts);
        }
    }

    /** The default template's PO text of a language in {@link #DEFAULT_LANGUAGES}. */
    public static String defaultPo(String language) {
        return read("letter/" + language + ".po");
    }

    /**
     * The texts of one PO file (as a lead's edited template is stored), falling back to the msgid (the Dutch
     * source) for an untranslated entry. Throws IllegalArgumentException naming the file when it cannot be read or misses a key.
     */
    public static LetterTexts fromPo(String language, String file, String po) {
        List<LoadProblem> problems = problems(file, po);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Broken letter texts in " + file + ": " + problems);
        }
        Map<String, PoEntry> entries = PoFile.parse(file, po, new ArrayList<>()).entries();
        return new LetterTexts(language, text(entries, "letter.greeting"), text(entries, "letter.body"),
                text(entries, "letter.howto"), text(entries, "letter.privacy"), text(entries, "letter.contact"),
                text(entries, "email.subject"), text(entries, "email.howto"));
    }

    /**
     * Everything wrong with a letter template's PO text, each with its line: PO syntax, a missing key, an unknown
     * key, a text that is no ICU MessageFormat pattern or uses a placeholder other than {name}, {email} and
     * {organisation}. Empty when {@link #fromPo} will take it.
     */
    public static List<LoadProblem> problems(String file, String po) {
        List<LoadProblem> problems = new ArrayList<>();
        Map<String, PoEntry> entries = PoFile.parse(file, po, problems).entries();
        if (!problems.isEmpty()) {
            return problems;
        }
        for (String key : KEYS) {
            if (!entries.containsKey(key)) {
                problems.add(new LoadProblem(file, 1, "the text " + key + " is missing (msgctxt \"" + key + "\")"));
            }
        }
        entries.forEach((key, entry) -> {
            if (!KEYS.contains(key)) {
                problems.add(new LoadProblem(file, entry.line(), "unknown text " + key + "; a letter template has " + KEYS));
                return;
            }
            String text = entry.translation().isBlank() ? entry.source() : entry.translation();
            try {
                Set<String> used = new MessageFormat(text, Locale.ROOT).getArgumentNames();
                used.stream().filter(name -> !PLACEHOLDERS.contains(name)).forEach(name -> problems.add(new LoadProblem(file,
                        entry.line(), key + " uses {" + name + "}; the texts may use only {name}, {email} and {organisation}")));
            } catch (IllegalArgumentException e) {
                problems.add(new LoadProblem(file, entry.line(), key + " is not a valid text with placeholders: " + e.getMessage()
                        + " (a literal { or ' is written '{' or '')"));
            }
        });
        return problems;
    }

    /** The greeting with the person's name filled in. */
    public String greeting(String name) {
        return new MessageFormat(greeting, Locale.forLanguageTag(language)).format(Map.of("name", name));
    }

    /** The contact sentence with the study's e-mail address filled in. */
    public String contact(String email) {
        return new MessageFormat(contact, Locale.forLanguageTag(language)).format(Map.of("email", email));
    }

    /** The subject line with the study's organisation filled in. */
    public String subject(String organisation) {
        return new MessageFormat(subject, Locale.forLanguageTag(language)).format(Map.of("organisation", organisation));
    }

    private static String text(Map<String, PoEntry> entries, String key) {
        PoEntry entry = entries.get(key);
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
