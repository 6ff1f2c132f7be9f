package nl.stemmen.respond.view;

import java.util.List;

import nl.stemmen.language.Language;
import nl.stemmen.language.UiTexts;

/**
 * What every respondent page shares: language and direction, the UI texts, the questionnaire
 * title, a test-response banner, and the languages one can switch to.
 */
public record Frame(UiTexts.Texts t, Language language, String pageTitle, String questionnaireTitle,
        boolean test, String notice, List<Language> languages) {

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
