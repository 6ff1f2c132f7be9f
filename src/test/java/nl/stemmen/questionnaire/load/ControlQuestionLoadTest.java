package nl.stemmen.questionnaire.load;

import static nl.stemmen.questionnaire.load.ProblemAssertions.assertProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import nl.stemmen.questionnaire.model.Questionnaire;

/** The {@code checks:} key of a control question (issue 16): the filter question's name it repeats, as the loader reads it. */
class ControlQuestionLoadTest {

    private static final QuestionnaireLoader LOADER = new QuestionnaireLoader();

    private static String file(String extra) {
        return """
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: p
                    questions:
                      - name: aankomst
                        type: select_one doelgroep
                        label: Hoe kwam u naar Nederland?
                        checks: doelgroep
                """ + extra + """
                choices:
                  doelgroep:
                    - {name: statushouder, label: Als vluchteling}
                """;
    }

    @Test
    void aControlQuestionNamesTheFilterQuestionItRepeats() throws QuestionnaireFileException {
        Questionnaire q = LOADER.load("t.yaml", file(""));
        assertEquals("doelgroep", q.questions().filter(x -> x.name().equals("aankomst")).findFirst().orElseThrow().checks());
    }

    @Test
    void aNoteOrAMatrixOrANameWithSpacesCannotCheck() {
        String extra = """
                      - name: uitleg
                        type: note
                        label: Dank u.
                        checks: doelgroep
                      - name: tevreden
                        type: matrix doelgroep
                        label: Hoe tevreden?
                        rows:
                          - {name: werk, label: Werk}
                        checks: doelgroep
                      - name: stad
                        type: text
                        label: Welke stad?
                        checks: doel groep
                """;
        assertProblems(assertThrows(QuestionnaireFileException.class, () -> LOADER.load("t.yaml", file(extra))).problems(),
                15, "a note has no single answer", 21, "a matrix has no single answer", 25, "'doel groep' is no question name");
    }

    @Test
    void aQuestionWithoutChecksChecksNothing() throws QuestionnaireFileException {
        Questionnaire q = LOADER.load("t.yaml", file("").replace("        checks: doelgroep\n", ""));
        assertNull(q.questions().findFirst().orElseThrow().checks());
    }
}
