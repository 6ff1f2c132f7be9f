package nl.stemmen.questionnaire.load;

import static nl.stemmen.questionnaire.load.ProblemAssertions.assertProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.stemmen.questionnaire.model.Piping;
import nl.stemmen.questionnaire.model.Question;
import nl.stemmen.questionnaire.model.QuestionType;
import nl.stemmen.questionnaire.model.Questionnaire;
import nl.stemmen.questionnaire.translation.PoEntry;
import nl.stemmen.questionnaire.translation.Translation;

/**
 * How the loader takes a calculate (XLSForm's) and answers shown in texts ({@code ${name}}): what loads, and what
 * is refused with its line. The offending line carries a {@code # line N} comment.
 */
class CalculateAndPipingLoadTest {

    private static final String FILE = "test.yaml";
    private static final QuestionnaireLoader LOADER = new QuestionnaireLoader();

    private static final String VALID = """
            id: t
            version: 1
            language: nl
            title: T
            outro: Bedankt, ${naam}.
            pages:
              - name: a
                questions:
                  - name: naam
                    type: text
                    label: Naam?
                  - name: geboren
                    type: date
                    label: Geboren?
                  - name: leeftijd
                    type: calculate
                    calculation: int((today() - ${geboren}) div 365.25)
                    relevant: ${geboren} != ''
                  - name: vervoer
                    type: select_multiple vervoer
                    label: Hoe reist u, ${naam}?
              - name: b
                title: Over ${naam}
                questions:
                  - name: uren
                    type: integer
                    label: Hoeveel uur per week reist u met ${vervoer}?
                    hint: U bent ${leeftijd} jaar.
                    constraint: . <= 80
                    constraint_message: Meer dan 80 uur naast ${leeftijd} jaar leven kan niet.
                  - name: eerste
                    type: calculate
                    label: Eerst genoemd
                    calculation: jr:choice-name(selected-at(${vervoer}, 0), '${vervoer}')
            choices:
              vervoer:
                - {name: fiets, label: fiets}
                - {name: bus, label: bus}
            """;

    @Test
    void aCalculateHasACalculationAndNoLabelOfItsOwn() throws QuestionnaireFileException {
        Questionnaire q = LOADER.load(FILE, VALID);
        Question leeftijd = q.questions().filter(x -> x.name().equals("leeftijd")).findFirst().orElseThrow();
        assertEquals(QuestionType.CALCULATE, leeftijd.type());
        assertEquals("int((today() - ${geboren}) div 365.25)", leeftijd.calculation().orElseThrow().source());
        assertEquals(List.of("leeftijd"), leeftijd.variables());
        assertNull(leeftijd.label());
        assertTrue(q.sourceTexts().keySet().stream().noneMatch(key -> key.startsWith("b.eerste.")),
                "a calculate's label is never shown, so it needs no translation");
        Question eerste = q.questions().filter(x -> x.name().equals("eerste")).findFirst().orElseThrow();
        assertEquals(List.of("vervoer"), List.copyOf(eerste.calculation().orElseThrow().references()));
    }

    @Test
    void aCalculateNeedsACalculationOverEarlierQuestionsAndCannotBeRequired() {
        List<LoadProblem> problems = problems("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: zonder  # line 8
                        type: calculate
                      - name: som
                        type: calculate
                        calculation: ${later} + ${som} + ${onbekend}  # line 12
                      - name: verplicht  # line 13
                        type: calculate
                        calculation: 1
                        required: true
                      - name: beperkt  # line 17
                        type: calculate
                        calculation: 1
                        constraint: . > 0
                      - name: later
                        type: integer
                        label: L
                        calculation: 2  # line 24
                      - name: kapot
                        type: calculate
                        calculation: jr:choice-name(${later}, 'later')  # line 27
                      - name: geen_keuzes
                        type: calculate
                        calculation: jr:choice-name(${later}, '${later}')  # line 30
                """);
        assertProblems(problems,
                8, "is a calculate and needs 'calculation:'",
                12, "refers to ${later}, which comes later (line 21)",
                12, "calculation of question 'som' refers to itself",
                12, "refers to ${onbekend}, which does not exist",
                13, "is a calculate, which nobody answers: it cannot be required or have a constraint",
                17, "is a calculate, which nobody answers: it cannot be required or have a constraint",
                24, "only a question of type calculate has a calculation",
                27, "jr:choice-name() takes the question as a reference in quotes",
                30, "asks jr:choice-name() for a label of ${later}, which has no choices");
    }

    @Test
    void aTextShowsOnlyAnswersToQuestionsBeforeIt() {
        List<LoadProblem> problems = problems("""
                id: t
                version: 1
                language: nl
                title: Over ${naam}  # line 4
                intro: Hallo ${naam}  # line 5
                outro: Tot ziens ${onbekend}  # line 6
                pages:
                  - name: a
                    title: Over ${naam}  # line 9
                    questions:
                      - name: naam
                        type: text
                        label: Naam, ${naam}?  # line 13
                        hint: Zoals ${uitleg} zegt  # line 14
                      - name: uitleg
                        type: note
                        label: Uitleg
                      - name: stelling
                        type: matrix eens
                        label: Eens, ${naam}?
                        rows:  # line 21
                          - {name: x, label: "X voor ${stelling_y}"}
                          - {name: y, label: Y}
                      - name: keuze
                        type: select_one eens
                        label: Keuze na ${stelling}  # line 26
                        constraint: . != 'ja'
                        constraint_message: Niet ${keuze}  # line 28
                choices:
                  eens:
                    - {name: ja, label: "Ja, ${naam}"}
                    - {name: nee, label: "Nee, ${keuze}"}  # line 32
                """);
        assertProblems(problems,
                4, "text 'title' shows ${naam}, which is not answered before this text (line 11)",
                5, "text 'intro' shows ${naam}, which is not answered before this text",
                6, "text 'outro' shows ${onbekend}, which does not exist",
                9, "text 'a.title' shows ${naam}, which is not answered before this text",
                13, "text 'a.naam.label' shows ${naam}, which is not answered before this text",
                14, "text 'a.naam.hint' shows ${uitleg}, a note, which has no answer",
                21, "text 'a.stelling.row.x' shows ${stelling_y}, which is not answered before this text",
                26, "text 'a.keuze.label' shows ${stelling}, a matrix: show one of its statements instead, e.g. ${stelling_<row>}",
                28, "text 'a.keuze.constraint_message' shows ${keuze}, which is not answered before this text",
                32, "text 'choices.eens.nee' shows ${keuze}, which is not answered before this text (line 24)");
    }

    @Test
    void aTranslationThatShowsALaterAnswerIsRefusedAtItsLineAndTheSourceTextStands() throws QuestionnaireFileException {
        Questionnaire q = LOADER.load(FILE, VALID);
        Map<String, PoEntry> entries = Map.of(
                "a.vervoer.label", new PoEntry("a.vervoer.label", "Hoe reist u, ${naam}?", "How do you travel, ${naam}?", false, 7),
                "b.uren.hint", new PoEntry("b.uren.hint", "U bent ${leeftijd} jaar.", "You are ${eerste} (${nergens}).", false, 12));
        List<LoadProblem> problems = new ArrayList<>();
        Translation checked = new Translation("en", entries).withoutWrongReferences(Piping.of(q), "en.po", problems);
        assertProblems(problems,
                12, "the translation of 'b.uren.hint' shows ${eerste}, which is not answered before this text",
                12, "the translation of 'b.uren.hint' shows ${nergens}, which does not exist");
        assertEquals("en.po", problems.get(0).file());
        assertEquals("How do you travel, ${naam}?", checked.text("a.vervoer.label", "Hoe reist u, ${naam}?").orElseThrow());
        assertTrue(checked.check(q.sourceTexts()).missing().contains("b.uren.hint"), "refused: counts as untranslated");
    }

    @Test
    void pipingFillsEveryReferenceAndLeavesOtherTextAlone() {
        assertEquals("Hallo Piet $ {x} ${} $1, Piet!",
                Piping.fill("Hallo ${naam} $ {x} ${} $1, ${naam}!", name -> name.equals("naam") ? "Piet" : "?"));
        assertEquals("prijs: $5", Piping.fill("prijs: ${bedrag}", name -> "$5"));
    }

    private static List<LoadProblem> problems(String yaml) {
        return assertThrows(QuestionnaireFileException.class, () -> LOADER.load(FILE, yaml)).problems();
    }
}
