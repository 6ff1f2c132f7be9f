package nl.stemmen.questionnaire.translation;

import static nl.stemmen.questionnaire.load.ProblemAssertions.assertProblems;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.stemmen.questionnaire.load.LoadProblem;

/**
 * Reading Gettext PO files (docs/translations.md). In the text blocks {@code \\"} is a PO escaped
 * quote and {@code \\n} a PO newline escape; line numbers of the fixtures are given in comments.
 */
class PoFileTest {

    private static final String FILE = "ar.po";

    private static final String AR = """
            # Arabic translation of Thuis in de stad
            msgid ""
            msgstr ""
            "Project-Id-Version: thuis-in-de-stad 1\\n"
            "Language: ar\\n"
            "Content-Type: text/plain; charset=UTF-8\\n"

            #. the first question
            #: thuis-in-de-stad.yaml:12
            msgctxt "werk.heeft_werk.label"
            msgid "Heeft u betaald werk?"
            msgstr "هل لديك عمل مدفوع الأجر؟"

            msgctxt ""
            "werk.uren."
            "hint"
            msgid ""
            "Tel alle banen "
            "bij elkaar op."
            msgstr ""
            "اجمع كل "
            "الوظائف."

            #, fuzzy
            #| msgid "Hoeveel uur werkt u?"
            msgctxt "werk.uren.label"
            msgid "Hoeveel uur per week werkt u?"
            msgstr "كم ساعة تعمل؟"

            #, fuzzy, c-format
            msgctxt "choices.ja_nee.wil_niet_zeggen"
            msgid "Zeg \\"liever niet\\"\\nC:\\\\map\\tklaar"
            msgstr ""
            msgctxt "werk.title"
            msgid "Werk"
            msgstr "عمل"
            """;
    // lines: header 2, heeft_werk msgctxt 10, uren.hint 14, uren.label 26, wil_niet_zeggen 31, werk.title 34
    // (the last entry follows without a blank line)

    @Test
    void entriesByMsgctxtInFileOrder() {
        PoFile po = parseClean(AR);
        assertEquals(List.of("werk.heeft_werk.label", "werk.uren.hint", "werk.uren.label",
                "choices.ja_nee.wil_niet_zeggen", "werk.title"), List.copyOf(po.entries().keySet()));
    }

    @Test
    void everyEntryWithSourceTranslationFuzzyAndLine() {
        Map<String, PoEntry> entries = parseClean(AR).entries();
        assertAll(
                () -> assertEquals(new PoEntry("werk.heeft_werk.label", "Heeft u betaald werk?",
                        "هل لديك عمل مدفوع الأجر؟", false, 10), entries.get("werk.heeft_werk.label")),
                // continuation lines, also of msgctxt
                () -> assertEquals(new PoEntry("werk.uren.hint", "Tel alle banen bij elkaar op.", "اجمع كل الوظائف.",
                        false, 14), entries.get("werk.uren.hint")),
                () -> assertEquals(new PoEntry("werk.uren.label", "Hoeveel uur per week werkt u?", "كم ساعة تعمل؟",
                        true, 26), entries.get("werk.uren.label")),
                // escapes \" \n \\ \t; a fuzzy flag among other flags; an empty msgstr
                () -> assertEquals(new PoEntry("choices.ja_nee.wil_niet_zeggen", "Zeg \"liever niet\"\nC:\\map\tklaar",
                        "", true, 31), entries.get("choices.ja_nee.wil_niet_zeggen")),
                () -> assertEquals(new PoEntry("werk.title", "Werk", "عمل", false, 34), entries.get("werk.title")));
    }

    @Test
    void headerFieldsComeFromTheEntryWithAnEmptyMsgid() {
        PoFile po = parseClean(AR);
        assertEquals(Map.of(
                "Project-Id-Version", "thuis-in-de-stad 1",
                "Language", "ar",
                "Content-Type", "text/plain; charset=UTF-8"), po.header());
        assertFalse(po.entries().containsKey(""), "the header is no entry");
    }

    @Test
    void windowsLineEndingsReadTheSame() {
        PoFile unix = parseClean(AR);
        PoFile windows = parseClean(AR.replace("\n", "\r\n"));
        assertEquals(unix.entries(), windows.entries());
        assertEquals(unix.header(), windows.header());
    }

    @Test
    void fuzzyFlagBelongsOnlyToItsOwnEntry() {
        PoFile po = parseClean("""
                #, fuzzy
                msgctxt "a"
                msgid "A"
                msgstr "a"
                msgctxt "b"
                msgid "B"
                msgstr "b"
                # a translator's comment
                msgctxt "c"
                msgid "C"
                msgstr "c"
                """);
        assertTrue(po.entries().get("a").fuzzy());
        assertFalse(po.entries().get("b").fuzzy());
        assertFalse(po.entries().get("c").fuzzy());
    }

    @Test
    void problemsWithTheirLines() {
        List<LoadProblem> problems = new ArrayList<>();
        PoFile po = PoFile.parse(FILE, """
                msgctxt "a"
                msgid "A"

                msgctxt "b"
                msgid "B"
                msgstr "b"

                msgctxt "b"
                msgid "B2"
                msgstr "b2"

                msgid[0] "x"
                hallo wereld
                "zwevende tekst"
                msgctxt "c"
                msgid "C"
                msgstr c zonder aanhalingstekens
                msgid "zonder sleutel"
                msgstr "geen msgctxt"
                """, problems);
        assertProblems(problems,
                1, "needs both msgid and msgstr",
                8, "msgctxt 'b' appears twice (also at line 4)",
                12, "unknown line 'msgid[0] \"x\"'",
                13, "unknown line 'hallo wereld'",
                14, "a quoted text that belongs to no msgid or msgstr",
                17, "should stand between double quotes",
                18, "has no msgctxt");
        assertTrue(problems.stream().allMatch(p -> p.file().equals(FILE)));
        assertEquals("b", po.entries().get("b").translation(), "the first of two duplicates is kept");
        assertFalse(po.entries().containsKey("a"));
        assertTrue(po.entries().containsKey("c"), "an entry with a bad msgstr is still read (empty)");
    }

    @Test
    void missingMsgstrAtTheEndOfTheFile() {
        List<LoadProblem> problems = new ArrayList<>();
        PoFile.parse(FILE, "msgctxt \"a\"\nmsgid \"A\"\nmsgstr \"a\"\n\nmsgctxt \"b\"\nmsgid \"B\"", problems);
        assertProblems(problems, 5, "needs both msgid and msgstr");
    }

    @Test
    void everyShippedTranslationParsesWithoutProblems() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("translations"))) {
            files = walk.filter(p -> p.toString().endsWith(".po")).sorted().toList();
        }
        for (Path file : files) {
            List<LoadProblem> problems = new ArrayList<>();
            PoFile.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8), problems);
            assertEquals(List.of(), problems, file.toString());
        }
    }

    @Test
    void byteOrderMarkIsIgnored() {
        PoFile po = parseClean("\uFEFF" + AR.substring(AR.indexOf("msgid")));
        assertEquals("ar", po.header().get("Language"));
    }

    @Test
    void fuzzyFlagOfAnObsoleteEntryDoesNotCarryOver() {
        PoFile po = parseClean("""
                msgctxt "a"
                msgid "A"
                msgstr "a"

                #, fuzzy
                #~ msgctxt "oud"
                #~ msgid "Oud"
                #~ msgstr "oud"

                msgctxt "b"
                msgid "B"
                msgstr "b"
                """);
        assertFalse(po.entries().get("b").fuzzy());
    }

    @Test
    void textEndingInAnEscapedQuoteIsUnterminated() {
        List<LoadProblem> problems = new ArrayList<>();
        PoFile.parse(FILE, """
                msgctxt "a"
                msgid "Zeg \\"ja\\""
                msgstr "Zeg \\"ja\\"
                """, problems);
        assertProblems(problems, 3, "double quotes");
    }

    // ---------------------------------------------------------------------------------------------

    static PoFile parseClean(String text) {
        List<LoadProblem> problems = new ArrayList<>();
        PoFile po = PoFile.parse(FILE, text, problems);
        assertEquals(List.of(), problems, "problems");
        return po;
    }
}
