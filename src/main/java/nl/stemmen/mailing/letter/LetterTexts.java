package nl.stemmen.mailing.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.stemmen.questionnaire.load.LoadProblem;
import nl.stemmen.questionnaire.translation.PoEntry;
import nl.stemmen.questionnaire.translation.PoFile;

/**
 * A letter's and an invitation e-mail's texts in one language, each printed as written (braces and apostrophes
 * included) except for one placeholder: {@code greeting} may hold {@code {name}}, {@code contact} {@code {email}},
 * {@code subject} {@code {organisation}}, written exactly so; {@code body}, {@code howTo}, {@code emailHowTo} and
 * {@code privacy} are plain paragraphs without placeholders. {@link #problems} checks that rule on upload and the
 * methods filling in the placeholders apply it, so a text that passed always prints. The defaults are PO files
 * {@code letter/<language>.po} (msgctxt {@code letter.greeting}, {@code letter.body}, {@code letter.howto},
 * {@code letter.privacy}, {@code letter.contact}, {@code email.subject}, {@code email.howto}), the same workflow as
 * the UI texts; a study may replace them with its own ({@code mailing.LetterTemplates}).
 */
public record LetterTexts(String language, String greeting, String body, String howTo, String privacy, String contact,
        String subject, String emailHowTo) {

    /** Every key a letter template has, in the order of the default files. */
    public static final List<String> KEYS = List.of("letter.greeting", "letter.body", "letter.howto", "letter.privacy",
            "letter.contact", "email.subject", "email.howto");

    /** The one placeholder each key may hold; the other keys are plain paragraphs. */
    private static final Map<String, String> PLACEHOLDER = Map.of("letter.greeting", "{name}", "letter.contact", "{email}",
            "email.subject", "{organisation}");

    /** What a lead means as a placeholder: a brace, a word, then a closing brace or a format ({@code {name, number}}). */
    private static final Pattern PLACEHOLDER_LIKE = Pattern.compile("\\{\\s*[\\p{L}\\p{N}_]+\\s*[,}][^}]{0,30}}?");

    /** Spaces left before a greeting's comma (Latin, Arabic, Ethiopic) when the name is left out. */
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+(?=[,،፣.!:;])");

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
     * key, a greeting, contact sentence or subject with a brace other than its own plain placeholder, a paragraph
     * with something that looks like a placeholder. Empty when {@link #fromPo} will take it.
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
            String reason = problem(key, text);
            if (reason != null) {
                problems.add(new LoadProblem(file, entry.line(), reason));
            }
        });
        return problems;
    }

    /** Why a key's text breaks its rule (see the class), or null when it keeps it. */
    private static String problem(String key, String text) {
        String placeholder = PLACEHOLDER.get(key);
        if (placeholder == null) {
            Matcher found = PLACEHOLDER_LIKE.matcher(text);
            return found.find() ? key + " is printed as written, so " + found.group() + " would appear as such in every letter "
                    + "and e-mail: only letter.greeting has the person's {name}, letter.contact the {email} and email.subject the "
                    + "{organisation}; other braces in " + key + " are printed as they stand" : null;
        }
        String rest = text.replace(placeholder, "");
        int brace = indexOfBrace(rest);
        if (brace < 0) {
            return null;
        }
        int end = rest.indexOf('}', brace);
        String wrong = rest.substring(brace, end < 0 ? Math.min(rest.length(), brace + 30) : end + 1);
        return key + " may hold only " + placeholder + " exactly as written here (no format after a comma, no other "
                + "placeholder or brace), not " + wrong;
    }

    private static int indexOfBrace(String text) {
        int open = text.indexOf('{');
        int close = text.indexOf('}');
        return open < 0 ? close : close < 0 ? open : Math.min(open, close);
    }

    /**
     * The greeting with the person's name filled in; for a person without a name (null or blank) the greeting with
     * {@code {name}} and the space before its comma left out ({@code Beste {name},} gives {@code Beste,}).
     */
    public String greeting(String name) {
        if (name == null || name.isBlank()) {
            String without = greeting.replace("{name}", "").strip().replaceAll("\\s{2,}", " ");
            return SPACE_BEFORE_PUNCTUATION.matcher(without).replaceAll("");
        }
        return greeting.replace("{name}", name.strip());
    }

    /** The contact sentence with the study's e-mail address filled in. */
    public String contact(String email) {
        return contact.replace("{email}", email);
    }

    /** The subject line with the study's organisation filled in. */
    public String subject(String organisation) {
        return subject.replace("{organisation}", organisation);
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
