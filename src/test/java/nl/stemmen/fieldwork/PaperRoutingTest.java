package nl.stemmen.fieldwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.stemmen.questionnaire.load.QuestionnaireFileException;
import nl.stemmen.questionnaire.load.QuestionnaireLoader;
import nl.stemmen.questionnaire.model.Choice;
import nl.stemmen.questionnaire.model.Question;
import nl.stemmen.questionnaire.model.Questionnaire;

/** The routing of a small questionnaire written out for paper, read from the questionnaire's own conditions. */
class PaperRoutingTest {

    private static final String YAML = """
            id: papier
            version: 1
            language: nl
            title: Papier
            pages:
              - name: een
                questions:
                  - name: intro
                    type: note
                    label: Welkom.
                  - name: werk
                    type: select_one ja_nee
                    label: Heeft u werk?
                  - name: uren
                    type: integer
                    label: Hoeveel uur?
                    relevant: ${werk} = 'ja'
                  - name: soort
                    type: select_multiple soort
                    label: Wat doet u?
              - name: twee
                relevant: selected(${soort}, 'les') or selected(${soort}, 'school')
                questions:
                  - name: les_uren
                    type: integer
                    label: Hoeveel uur les?
              - name: drie
                questions:
                  - name: zoekt
                    type: select_one ja_nee
                    label: Zoekt u werk?
                    relevant: not(selected(${soort}, 'werk'))
                  - name: tevreden
                    type: select_one ja_nee
                    label: Tevreden?
                    relevant: ${werk} = 'ja' and ${uren} > 10
            choices:
              ja_nee:
                - {name: ja, label: Ja}
                - {name: nee, label: Nee}
              soort:
                - {name: werk, label: Werk}
                - {name: les, label: Les}
                - {name: school, label: School}
                - {name: niets, label: Niets}
            """;

    private final Questionnaire questionnaire;
    private final PaperRouting routing;

    PaperRoutingTest() throws QuestionnaireFileException {
        questionnaire = new QuestionnaireLoader().load("papier.yaml", YAML);
        routing = new PaperRouting(questionnaire, LocalDate.of(2026, 12, 1));
    }

    private Question question(String name) {
        return questionnaire.questions().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void questionsAreNumberedInOrderWithoutNotes() {
        assertEquals(Optional.empty(), routing.number(question("intro")));
        assertEquals(Optional.of(1), routing.number(question("werk")));
        assertEquals(Optional.of(6), routing.number(question("tevreden")));
    }

    @Test
    void aChoiceAfterWhichTheNextQuestionDoesNotApplyGoesOn() {
        assertEquals(Map.of("nee", 3), routing.goTo(question("werk")), "no work: skip the hours, go to question 3");
    }

    @Test
    void aConditionOnOneChoiceQuestionNamesItsAnswers() {
        var onlyIf = (PaperRouting.Condition.OnlyIf) routing.condition(question("uren")).orElseThrow();
        assertEquals(1, onlyIf.number());
        assertEquals(List.of("ja"), onlyIf.choices().stream().map(Choice::name).toList());
        var page = (PaperRouting.Condition.OnlyIf) routing.condition(questionnaire.page("twee").orElseThrow()).orElseThrow();
        assertEquals(List.of("les", "school"), page.choices().stream().map(Choice::name).toList(), "any of les, school ticked");
    }

    @Test
    void aConditionThatIsNoPlainAnyOfNamesTheQuestionsOnly() {
        assertEquals(new PaperRouting.Condition.Depends(List.of(3)), routing.condition(question("zoekt")).orElseThrow(),
                "'not werk' is no list of answers to tick: the reader is pointed at question 3");
        assertEquals(new PaperRouting.Condition.Depends(List.of(1, 2)), routing.condition(question("tevreden")).orElseThrow());
        assertTrue(routing.goTo(question("soort")).isEmpty(), "only select_one questions get go-to instructions");
    }
}
