package nl.stemmen.questionnaire.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.stemmen.questionnaire.load.LoadProblem;
import nl.stemmen.questionnaire.load.QuestionnaireFileException;
import nl.stemmen.questionnaire.load.QuestionnaireLoader;
import nl.stemmen.questionnaire.model.Questionnaire;

/** Which translated texts count, and the completeness report a questionnaire needs to go live in a language. */
class TranslationTest {

    /** The questionnaire's current source texts, key → Dutch. */
    private static final Map<String, String> SOURCE = ordered(
            "title", "Thuis in de stad",
            "werk.title", "Werk",
            "werk.uren.label", "Hoeveel uur per week werkt u?",
            "werk.uren.hint", "Tel alle banen bij elkaar op.",
            "choices.ja_nee.ja", "Ja",
            "choices.ja_nee.nee", "Nee");

    private static final Translation EN = new Translation("en", entries(
            entry("title", "Thuis in de stad", "At home in the city", false), // current
            entry("werk.title", "Werk", "", false), // empty msgstr
            entry("werk.uren.label", "Hoeveel uur werkt u?", "How many hours do you work?", false), // stale
            entry("werk.uren.hint", "Tel alle banen bij elkaar op.", "Add up all jobs.", true), // fuzzy
            entry("choices.ja_nee.ja", "Ja", "Yes", false), // current
            // choices.ja_nee.nee: no entry
            entry("oud.vraag.label", "Oude vraag", "Old question", false), // unused
            entry("aaa.label", "A", "A", false))); // unused

    @Test
    void textCountsOnlyForACurrentNonFuzzyNonEmptyTranslation() {
        // key, current source, expected
        Object[][] table = {
                { "title", "Thuis in de stad", Optional.of("At home in the city") },
                { "choices.ja_nee.ja", "Ja", Optional.of("Yes") },
                { "werk.title", "Werk", Optional.empty() }, // empty msgstr
                { "werk.uren.label", "Hoeveel uur per week werkt u?", Optional.empty() }, // stale
                { "werk.uren.hint", "Tel alle banen bij elkaar op.", Optional.empty() }, // fuzzy
                { "choices.ja_nee.nee", "Nee", Optional.empty() }, // no entry
                { "title", "Thuis in de stad!", Optional.empty() }, // source changed since
        };
        for (Object[] row : table) {
            assertEquals(row[2], EN.text((String) row[0], (String) row[1]), (String) row[0]);
        }
    }

    @Test
    void blankTranslationDoesNotCount() {
        Translation t = new Translation("tr", entries(entry("title", "Titel", "   ", false)));
        assertEquals(Optional.empty(), t.text("title", "Titel"));
        assertEquals(List.of("title"), t.check(Map.of("title", "Titel")).missing());
    }

    @Test
    void checkReportsMissingStaleAndUnused() {
        TranslationReport report = EN.check(SOURCE);
        assertEquals("en", report.language());
        assertEquals(6, report.texts());
        assertEquals(List.of("werk.title", "choices.ja_nee.nee"), report.missing(), "missing, in source order");
        assertEquals(List.of("werk.uren.label", "werk.uren.hint"), report.stale(), "stale or fuzzy, in source order");
        assertEquals(List.of("aaa.label", "oud.vraag.label"), report.unused(), "unused, sorted");
        assertEquals(2, report.translated());
        assertFalse(report.complete());
    }

    @Test
    void completeWhenNothingIsMissingOrStaleEvenWithUnusedEntries() {
        Translation t = new Translation("ar", entries(
                entry("title", "Titel", "عنوان", false),
                entry("weg", "Weg", "x", false)));
        TranslationReport report = t.check(Map.of("title", "Titel"));
        assertTrue(report.complete());
        assertEquals(1, report.translated());
        assertEquals(List.of("weg"), report.unused());
    }

    @Test
    void onlyStaleIsNotComplete() {
        Translation t = new Translation("ar", entries(entry("title", "Oude titel", "عنوان", false)));
        TranslationReport report = t.check(Map.of("title", "Titel"));
        assertEquals(List.of(), report.missing());
        assertEquals(List.of("title"), report.stale());
        assertFalse(report.complete());
    }

    @Test
    void emptyTranslationIsCompleteOnlyForNoTexts() {
        Translation none = new Translation("fa", Map.of());
        assertEquals(List.of("title"), none.check(Map.of("title", "Titel")).missing());
        assertTrue(none.check(Map.of()).complete());
    }

    @Test
    void poFileKeysMatchTheQuestionnairesSourceTexts() throws QuestionnaireFileException {
        Questionnaire q = new QuestionnaireLoader().load("t.yaml", """
                id: t
                version: 1
                language: nl
                translations: [en]
                title: Titel
                pages:
                  - name: p
                    title: Pagina
                    questions:
                      - name: m
                        type: matrix jn
                        label: Vraag
                        rows:
                          - {name: r, label: Rij}
                choices:
                  jn:
                    - {name: ja, label: Ja}
                """);
        List<LoadProblem> problems = new ArrayList<>();
        PoFile po = PoFile.parse("en.po", """
                msgctxt "title"
                msgid "Titel"
                msgstr "Title"

                msgctxt "p.title"
                msgid "Pagina"
                msgstr "Page"

                msgctxt "p.m.label"
                msgid "Vraag"
                msgstr "Question"

                msgctxt "p.m.row.r"
                msgid "Rij"
                msgstr "Row"

                msgctxt "choices.jn.ja"
                msgid "Ja"
                msgstr "Yes"
                """, problems);
        assertEquals(List.of(), problems);
        TranslationReport report = new Translation("en", po.entries()).check(q.sourceTexts());
        assertTrue(report.complete(), report.toString());
        assertEquals(List.of(), report.unused());
        assertEquals(5, report.translated());
    }

    // ---------------------------------------------------------------------------------------------

    private static PoEntry entry(String key, String source, String translation, boolean fuzzy) {
        return new PoEntry(key, source, translation, fuzzy, 1);
    }

    private static Map<String, PoEntry> entries(PoEntry... entries) {
        Map<String, PoEntry> map = new LinkedHashMap<>();
        for (PoEntry e : entries) {
            map.put(e.context(), e);
        }
        return map;
    }

    private static Map<String, String> ordered(String... keysAndTexts) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndTexts.length; i += 2) {
            map.put(keysAndTexts[i], keysAndTexts[i + 1]);
        }
        return map;
    }
}
