package nl.stemmen.language;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.ibm.icu.util.ULocale;

/**
 * The languages respondents can choose. Names and writing direction come from ICU's locale data,
 * so each language is shown in its own script ("العربية", "ትግርኛ").
 */
public enum Language {
    NL("nl"), EN("en"), AR("ar"), TR("tr"), FA("fa"), TI("ti");

    private final String code;
    private final ULocale locale;

    Language(String code) {
        this.code = code;
        this.locale = new ULocale(code);
    }

    public String code() {
        return code;
    }

    public ULocale locale() {
        return locale;
    }

    /** The language's name in its own script, capitalised as it stands alone in a list. */
    public String nativeName() {
        String name = locale.getDisplayName(locale);
        return name.substring(0, 1).toUpperCase(locale.toLocale()) + name.substring(1);
    }

    public boolean isRightToLeft() {
        return locale.isRightToLeft();
    }

    public String direction() {
        return isRightToLeft() ? "rtl" : "ltr";
    }

    /** Ge'ez script: Stemmen serves the font itself, since many phones lack one. */
    public boolean needsEthiopicFont() {
        return this == TI;
    }

    public static Optional<Language> byCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }

    public static List<Language> all() {
        return List.of(values());
    }
}
