package nl.stemmen.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.stemmen.language.Language;
import nl.stemmen.questionnaire.flow.ChoiceLabels;
import nl.stemmen.questionnaire.model.Questionnaire;
import nl.stemmen.questionnaire.translation.Translation;
import nl.stemmen.questionnaire.translation.TranslationReport;

/** A questionnaire version with its translations and how complete each is. */
public record PublishedQuestionnaire(Questionnaire questionnaire, Map<String, Translation> translations,
        Map<String, TranslationReport> reports) {

    public String id() {
        return questionnaire.id();
    }

    public Language sourceLanguage() {
        return Language.byCode(questionnaire.language()).orElse(Language.NL);
    }

    /** A text in the given language, or the source text where the translation is missing or stale. */
    public String text(Language language, String key, String source) {
        if (source == null) {
            return null;
        }
        return translation(language, key, source).orElse(source);
    }

    /** The choices' labels in {@code language} (the source text where a translation is missing), for jr:choice-name() and piping. */
    public ChoiceLabels choiceLabels(Language language) {
        return ChoiceLabels.of(questionnaire, (key, source) -> text(language, key, source));
    }

    /** The translation of a text into the given language, if there is a current one (not missing, stale or fuzzy). */
    public Optional<String> translation(Language language, String key, String source) {
        Translation translation = translations.get(language.code());
        return translation == null ? Optional.empty() : translation.text(key, source);
    }

    /** Languages a respondent can choose: the source and every complete translation. */
    public List<Language> liveLanguages() {
        return Language.all().stream().filter(this::isComplete).toList();
    }

    /** Languages a preview can show: also the incomplete ones, so translators see their work. */
    public List<Language> previewLanguages() {
        return Language.all().stream()
                .filter(l -> l == sourceLanguage() || questionnaire.translations().contains(l.code()))
                .toList();
    }

    public boolean isComplete(Language language) {
        return language == sourceLanguage()
                || Optional.ofNullable(reports.get(language.code())).map(TranslationReport::complete).orElse(false);
    }

    /** How complete the translation into {@code language} is; null for the source language, which needs none. */
    public TranslationReport report(Language language) {
        return language == sourceLanguage() ? null : reports.get(language.code());
    }

    public int untranslated(Language language) {
        if (language == sourceLanguage()) {
            return 0;
        }
        return Optional.ofNullable(reports.get(language.code()))
                .map(r -> r.texts() - r.translated())
                .orElse(questionnaire.sourceTexts().size());
    }
}
