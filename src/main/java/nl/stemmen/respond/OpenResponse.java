package nl.stemmen.respond;

import nl.stemmen.language.Language;
import nl.stemmen.catalog.PublishedQuestionnaire;
import nl.stemmen.questionnaire.flow.Answers;
import nl.stemmen.questionnaire.flow.Routing;

/** A response as its link opens it: its questionnaire version, answers so far and routing. */
public record OpenResponse(Response response, PublishedQuestionnaire published, Answers answers, Routing routing) {

    public Language language() {
        return Language.byCode(response.language).orElse(published.sourceLanguage());
    }
}
