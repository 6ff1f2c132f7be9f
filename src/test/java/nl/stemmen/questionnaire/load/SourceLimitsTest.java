package nl.stemmen.questionnaire.load;

import static nl.stemmen.questionnaire.load.ProblemAssertions.assertProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Files that are no questionnaire text at all, or that would exhaust memory or the stack: each is
 * refused with a line and a reason in words, never with Java's own message or line 0.
 */
class SourceLimitsTest {

    private static final String HEAD = """
            id: t
            version: 1
            language: nl
            title: T
            pages:
              - name: a
                questions:
                  - name: x
                    type: text
            """;

    @Test
    void aByteThatIsNotUtf8IsNamedWithItsLineAndColumn() {
        byte[] bytes = (HEAD + "        label: Caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of(new LoadProblem("t.yaml", 10, "byte 0xE9 at column 19 is not UTF-8"
                + " (probably 'é' saved as Windows-1252); save the file as UTF-8")), decodeProblems(bytes));
    }

    @Test
    void aControlCharacterIsNamedWithItsLineAndColumn() {
        assertProblems(loadProblems(HEAD + "        label: Bel\u0007\n"),
                10, "character U+0007 at column 19 is a control character");
        assertProblems(decodeProblems((HEAD + "        label: \u0085\u0080x\n").getBytes(StandardCharsets.UTF_8)),
                10, "character U+0080 at column 17 is a control character");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithItsSize() {
        String padded = HEAD + "        label: X\n" + "# comment\n".repeat(500_000);
        assertProblems(decodeProblems(padded.getBytes(StandardCharsets.UTF_8)),
                0, "the file is 4883 KB; a questionnaire or translation file may be at most 512 KB");
        assertProblems(loadProblems(padded), 0, "at most 512 KB");
    }

    @Test
    void yamlNestedTooDeeplyIsRefusedOnItsLine() {
        assertProblems(loadProblems(HEAD + "        label: X\n        hint: " + "[".repeat(100) + "]".repeat(100) + "\n"),
                11, "not valid YAML: lists and mappings nested more than 50 deep");
    }

    @Test
    void aBillionLaughsIsRefusedOnItsLine() {
        StringBuilder yaml = new StringBuilder(HEAD + "        label: X\nchoices:\n  a0: &a0 [x, x]\n");
        for (int i = 1; i <= 30; i++) {
            yaml.append("  a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        assertProblems(loadProblems(yaml.toString()), 38, "not valid YAML: more than 50 aliases (*name) of lists or mappings");
    }

    private static List<LoadProblem> decodeProblems(byte[] bytes) {
        return assertThrows(QuestionnaireFileException.class, () -> SourceText.decode("t.yaml", bytes)).problems();
    }

    private static List<LoadProblem> loadProblems(String text) {
        return assertThrows(QuestionnaireFileException.class, () -> new QuestionnaireLoader().load("t.yaml", text)).problems();
    }
}
