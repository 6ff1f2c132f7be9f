package nl.stemmen.language;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

/**
 * Which digits each language is shown in: {@code stemmen.digits.<language>=<ICU numbering system>},
 * e.g. {@code stemmen.digits.fa=arabext} (۰-۹), {@code stemmen.digits.ar=arab} (٠-٩), {@code latn} (0-9).
 * Languages not named use Latin digits.
 */
@ConfigMapping(prefix = "stemmen.digits")
public interface DigitsConfig {

    /** ICU numbering system name by language code. */
    @WithParentName
    Map<String, String> byLanguage();
}
