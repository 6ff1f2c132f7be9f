package nl.stemmen.respond;

import java.util.List;

import nl.stemmen.language.Language;
import nl.stemmen.catalog.PublishedQuestionnaire;
import nl.stemmen.questionnaire.flow.Answers;
import nl.stemmen.questionnaire.flow.Routing;
import nl.stemmen.respond.view.Audience;

/**
 * A response as its link opens it: its questionnaire version, answers so far, routing, and the
 * languages it may be answered in (its study's, or every one a preview shows).
 */
public record OpenResponse(Response response, PublishedQuestionnaire published, Answers answers, Routing routing,
        List<Language> languages) {

    public Language language() {
        return Language.byCode(response.language).orElse(published.sourceLanguage());
    }

    public Audience audience() {
        return new Audience(language(), response.test, languages);
    }
}
