package nl.stemmen.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.text.MessageFormat;

import jakarta.enterprise.context.ApplicationScoped;
import nl.stemmen.questionnaire.load.LoadProblem;
import nl.stemmen.questionnaire.translation.PoEntry;
import nl.stemmen.questionnaire.translation.PoFile;

/**
 * The texts of Stemmen's own pages (buttons, messages), kept as PO files in {@code ui/<lang>.po}
 * like the questionnaires' translations, so translators use one tool for both. Texts may use ICU
 * MessageFormat for plurals and numbers in the respondent's language and digits.
 */
@ApplicationScoped
public class UiTexts {

    private final Map<Language, Map<String, PoEntry>> byLanguage = new EnumMap<>(Language.class);
    private final Map<Language, Writing> writing = new EnumMap<>(Language.class);

    public UiTexts(DigitsConfig digits) {
        for (Language language : Language.values()) {
            writing.put(language, new Writing(language, digits.byLanguage().getOrDefault(language.code(), "latn")));
            byLanguage.put(language, load(language));
        }
    }

    /**
     * The translation of UI text {@code key} into {@code language} as {@code ui/<lang>.po} holds it, "" if it has
     * none: for what is fixed before any page is shown, such as which Ge'ez glyphs the font of every page holds.
     */
    public static String translation(Language language, String key) {
        PoEntry entry = load(language).get(key);
        return entry == null ? "" : entry.translation();
    }

    /** The entries of {@code ui/<lang>.po} by key; an {@link IllegalStateException} if the file is missing or broken. */
    private static Map<String, PoEntry> load(Language language) {
        String file = "ui/" + language.code() + ".po";
        List<LoadProblem> problems = new ArrayList<>();
        PoFile po = PoFile.parse(file, read(file), problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Broken UI texts: " + problems);
        }
        return po.entries();
    }

    private static String read(String resource) {
        try (InputStream in = UiTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The texts in one language, falling back to Dutch for any text not translated. */
    public Texts in(Language language) {
        return new Texts(language);
    }

    Map<String, PoEntry> entries(Language language) {
        return byLanguage.get(language);
    }

    /** Texts in one language, as templates use them: {@code {t.get('page.next')}}. */
    public final class Texts {
        private final Language language;

        Texts(Language language) {
            this.language = language;
        }

        /** The text, in this language's digits and with runs of the other direction isolated ({@link Writing#show}). */
        public String get(String key) {
            return writing().show(pattern(key));
        }

        private String pattern(String key) {
            PoEntry entry = byLanguage.get(language).get(key);
            if (entry == null || entry.translation().isBlank()) {
                entry = byLanguage.get(Language.NL).get(key);
            }
            if (entry == null) {
                throw new IllegalArgumentException("no UI text '" + key + "'");
            }
            return entry.translation().isBlank() ? entry.source() : entry.translation();
        }

        /**
         * The text as translated (Dutch where not), without this language's digits or direction isolates:
         * for messages outside Stemmen's pages, such as an SMS, whose placeholders the caller fills in.
         */
        public String plain(String key) {
            return pattern(key);
        }

        public String format(String key, Map<String, Object> arguments) {
            return writing().show(new MessageFormat(pattern(key), writing().locale()).format(arguments));
        }

        public Language language() {
            return language;
        }

        /**
         * The same texts in another language, for a page that speaks to people before they chose one:
         * {@code {t.in(l).get('start.title')}}.
         */
        public Texts in(Language other) {
            return UiTexts.this.in(other);
        }

        /** How this language writes digits and direction, for questionnaire texts and numbers on its pages. */
        public Writing writing() {
            return writing.get(language);
        }
    }
}
