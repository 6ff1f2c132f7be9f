package nl.stemmen.questionnaire.translation;

import java.util.List;

/** How complete a translation is: a questionnaire goes live only in languages that are complete. */
public record TranslationReport(String language, int texts, List<String> missing, List<String> stale, List<String> unused) {

    public boolean complete() {
        return missing.isEmpty() && stale.isEmpty();
    }

    public int translated() {
        return texts - missing.size() - stale.size();
    }
}
