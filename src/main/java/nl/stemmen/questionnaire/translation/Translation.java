package nl.stemmen.questionnaire.translation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.stemmen.questionnaire.load.LoadProblem;
import nl.stemmen.questionnaire.model.Piping;

/**
 * The texts of one questionnaire in one language. A translation counts only while its msgid is the
 * current source text: when the source changes, the entry is stale and the source text is shown.
 */
public final class Translation {

    private final String language;
    private final Map<String, PoEntry> entries;

    public Translation(String language, Map<String, PoEntry> entries) {
        this.language = language;
        this.entries = Map.copyOf(entries);
    }

    /**
     * This translation without the entries that show an answer their text may not show ({@link Piping}): each
     * is reported as a problem of {@code file} at its line, and its source text is shown instead.
     */
    public Translation withoutWrongReferences(Piping piping, String file, List<LoadProblem> problems) {
        Map<String, PoEntry> kept = new LinkedHashMap<>();
        entries.forEach((key, entry) -> {
            List<String> wrong = piping.problems(key, entry.translation());
            wrong.forEach(problem -> problems.add(new LoadProblem(file, entry.line(), "the translation of '" + key + "' "
                    + problem)));
            if (wrong.isEmpty()) {
                kept.put(key, entry);
            }
        });
        return new Translation(language, kept);
    }

    public String language() {
        return language;
    }

    public Optional<String> text(String key, String source) {
        PoEntry entry = entries.get(key);
        if (entry == null || entry.fuzzy() || entry.translation().isBlank() || !entry.source().equals(source)) {
            return Optional.empty();
        }
        return Optional.of(entry.translation());
    }

    /** Compares the translation with the questionnaire's source texts (key → source). */
    public TranslationReport check(Map<String, String> sourceTexts) {
        List<String> missing = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        sourceTexts.forEach((key, source) -> {
            PoEntry entry = entries.get(key);
            if (entry == null || entry.translation().isBlank()) {
                missing.add(key);
            } else if (entry.fuzzy() || !entry.source().equals(source)) {
                stale.add(key);
            }
        });
        List<String> unused = entries.keySet().stream().filter(k -> !sourceTexts.containsKey(k)).sorted().toList();
        return new TranslationReport(language, sourceTexts.size(), missing, stale, unused);
    }
}
