package nl.stemmen.respond.view;

import java.util.List;

import nl.stemmen.language.Language;
import nl.stemmen.language.UiTexts;

/**
 * What every respondent page shares: language and direction, the UI texts, the questionnaire
 * title, a test-response banner, and the languages one can switch to.
 */
public record Frame(UiTexts.Texts t, Language language, String pageTitle, ShownText questionnaireTitle,
        boolean test, String notice, List<Language> languages) {

    /** A frame for Stemmen's own pages, whose title is in the page's language. */
    public Frame(UiTexts.Texts t, Language language, String pageTitle, String title, boolean test, String notice,
            List<Language> languages) {
        this(t, language, pageTitle, new ShownText(title, language, false), test, notice, languages);
    }

    public String lang() {
        return language.code();
    }

    public String dir() {
        return language.direction();
    }

    public boolean ethiopicFont() {
        return language.needsEthiopicFont();
    }
}
