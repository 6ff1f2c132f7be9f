package nl.stemmen.xlsform;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.util.ULocale;

import nl.stemmen.language.Language;

/**
 * XLSForm's language names ({@code label::English (en)}, {@code label::Nederlands}, {@code label::fa}) to language
 * codes, and Stemmen's codes back to the names its exports write.
 */
final class LanguageNames {

    private static final Pattern WITH_CODE = Pattern.compile(".*\\(\\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)\\s*\\)\\s*");
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");
    /** Names people write for Stemmen's languages, in English, Dutch and the language itself, lower case. */
    private static final Map<String, String> KNOWN = new HashMap<>();

    static {
        for (Language language : Language.values()) {
            KNOWN.put(language.nativeName().toLowerCase(language.locale().toLocale()), language.code());
            KNOWN.put(language.locale().getDisplayName(ULocale.ENGLISH).toLowerCase(Locale.ROOT), language.code());
            KNOWN.put(language.locale().getDisplayName(new ULocale("nl")).toLowerCase(Locale.ROOT), language.code());
        }
        KNOWN.put("farsi", "fa");
        KNOWN.put("dari", "fa");
        KNOWN.put("tigrigna", "ti");
        KNOWN.put("turkce", "tr");
        KNOWN.put("dutch", "nl");
    }

    private LanguageNames() {
    }

    /**
     * The code a column's language means: the code in brackets wins ({@code "Arabic (ar)"}), then a bare code
     * ({@code "ar"}), then a name Stemmen knows or ICU knows in English ({@code "Somali"} → {@code so}).
     *
     * @return the code, lower case, or empty when the name means nothing known
     */
    static Optional<String> code(String name) {
        Matcher bracketed = WITH_CODE.matcher(name);
        if (bracketed.matches()) {
            return Optional.of(bracketed.group(1).toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (CODE.matcher(lower).matches()) {
            return Optional.of(lower);
        }
        if (KNOWN.containsKey(lower)) {
            return Optional.of(KNOWN.get(lower));
        }
        for (ULocale locale : ULocale.getAvailableLocales()) {
            if (locale.getCountry().isEmpty() && locale.getDisplayLanguage(ULocale.ENGLISH).equalsIgnoreCase(lower)) {
                return Optional.of(locale.getLanguage());
            }
        }
        return Optional.empty();
    }

    /** Whether Stemmen offers the language to respondents. */
    static boolean offered(String code) {
        return Language.byCode(code).isPresent();
    }

    /** How exports name a language: its own name and the code, {@code "Nederlands (nl)"}, {@code "العربية (ar)"}. */
    static String header(String code) {
        String name = Language.byCode(code).map(Language::nativeName)
                .orElseGet(() -> new ULocale(code).getDisplayName(ULocale.ENGLISH));
        return name + " (" + code + ")";
    }
}
