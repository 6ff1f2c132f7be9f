package nl.stemmen.questionnaire.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.stemmen.questionnaire.expression.Value;
import nl.stemmen.questionnaire.load.QuestionnaireFileException;
import nl.stemmen.questionnaire.load.QuestionnaireLoader;
import nl.stemmen.questionnaire.model.Page;
import nl.stemmen.questionnaire.model.QuestionType;
import nl.stemmen.questionnaire.model.Questionnaire;

/** Calculates in routing: computed in file order when answers settle, typed, cleared when not relevant, never shown. */
class CalculateFlowTest {

    private static final String YAML = """
            id: reken
            version: 1
            language: nl
            title: Reken
            pages:
              - name: vooraf
                questions:
                  - name: start
                    type: calculate
                    calculation: concat('v', 1 + 1)
              - name: invoer
                questions:
                  - name: kinderen
                    type: integer
                    label: Hoeveel kinderen?
                  - name: dubbel
                    type: calculate
                    calculation: ${kinderen} * 2.5
                  - name: heeft_kinderen
                    type: calculate
                    calculation: "'ja'"
                    relevant: ${kinderen} > 0
                  - name: veel
                    type: select_one ja_nee
                    label: Zo veel?
                    relevant: ${dubbel} > 10
                  - name: geboren
                    type: date
                    label: Geboren?
                  - name: dag_erna
                    type: calculate
                    calculation: date(decimal-date-time(${geboren}) + 1)
                    relevant: ${geboren} != ''
                  - name: vervoer
                    type: select_multiple vervoer
                    label: Vervoer?
                  - name: eerste
                    type: calculate
                    calculation: jr:choice-name(selected-at(${vervoer}, 0), '${vervoer}')
              - name: ook_alleen_berekend
                questions:
                  - name: later_berekend
                    type: calculate
                    calculation: ${kinderen} + 1
                    relevant: ${kinderen} > 0
              - name: alleen_bij_veel
                relevant: ${dubbel} >= 5
                questions:
                  - name: waarom
                    type: text
                    label: Waarom?
            choices:
              ja_nee:
                - {name: ja, label: Ja}
                - {name: nee, label: Nee}
              vervoer:
                - {name: fiets, label: Fiets}
                - {name: bus, label: Bus}
            """;

    private static final ZonedDateTime NOW = ZonedDateTime.of(2024, 6, 15, 12, 0, 0, 0, ZoneOffset.UTC);

    private final Questionnaire questionnaire = load();
    private final Routing routing = new Routing(questionnaire, NOW, ChoiceLabels.of(questionnaire,
            (key, source) -> key.equals("choices.vervoer.bus") ? "Autobus" : source));
    private final PageSubmission submission = new PageSubmission(routing, Locale.forLanguageTag("nl"));

    @Test
    void aPageOfCalculatesOnlyIsNeverShownYetItsValuesAreThereFromTheStart() {
        Answers settled = routing.withoutIrrelevant(Answers.of(List.of()));
        assertEquals("invoer", routing.first(settled).orElseThrow().name());
        assertEquals(Value.ofString("v2"), settled.get("start").orElseThrow().value());
        assertTrue(settled.get("heeft_kinderen").isEmpty(), "relevant only once its page says so: " + settled.get("heeft_kinderen"));
        assertTrue(routing.shownQuestions(page("invoer"), settled).stream().noneMatch(q -> q.type() == QuestionType.CALCULATE));
    }

    @Test
    void progressDoesNotCountAPageOfCalculatesAlone() {
        Answers settled = routing.withoutIrrelevant(Answers.of(List.of()));
        assertEquals(2, routing.progress(page("invoer"), settled).count(), "invoer and alleen_bij_veel, never the calculates' pages");
    }

    @Test
    void submittingAPageComputesItsCalculationsTypedAndInFileOrder() {
        PageSubmission.Result result = submit(Set.of("kinderen", "veel", "geboren", "vervoer"),
                Map.of("kinderen", List.of("3"), "veel", List.of("ja"), "geboren", List.of("2000-02-28"),
                        "vervoer", List.of("bus", "fiets")));
        Answers answers = result.answers();
        Answer dubbel = answers.get("dubbel").orElseThrow();
        assertEquals(QuestionType.CALCULATE, dubbel.type());
        assertEquals(0, new BigDecimal("7.5").compareTo(dubbel.number()));
        assertEquals(LocalDate.of(2000, 2, 29), answers.get("dag_erna").orElseThrow().date());
        assertEquals("ja", answers.get("heeft_kinderen").orElseThrow().text());
        assertEquals("Fiets", answers.get("eerste").orElseThrow().text(), "the first chosen in the list's order");
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        assertEquals("alleen_bij_veel", routing.next(page("invoer"), answers).orElseThrow().name(), "a page relevant on a calculate");
    }

    @Test
    void aQuestionOnTheSamePageAsItsCalculateAppearsOnceThePageIsSubmitted() {
        PageSubmission.Result result = submit(Set.of("kinderen", "geboren", "vervoer"), Map.of("kinderen", List.of("5")));
        assertEquals(List.of("veel"), result.appeared().stream().map(q -> q.name()).toList());
        assertFalse(result.accepted());
    }

    @Test
    void aCalculateThatIsNotRelevantOrComesOutEmptyHasNoValue() {
        PageSubmission.Result result = submit(Set.of("kinderen", "geboren", "vervoer"), Map.of("kinderen", List.of("1")));
        Answers answers = result.answers();
        assertTrue(answers.get("dag_erna").isEmpty(), "not relevant without a date");
        assertTrue(answers.get("eerste").isEmpty(), "empty text is no value");
        assertEquals(Value.ofNumber(2.5), answers.get("dubbel").orElseThrow().value());

        Answers later = routing.withoutIrrelevant(answers.with(List.of(Answer.unanswered("kinderen", QuestionType.INTEGER))));
        assertTrue(later.get("dubbel").isEmpty(), "NaN is no value: " + later.get("dubbel"));
    }

    @Test
    void calculatedValuesAreStoredAsTheirTypeRoundedToWhatTheAnswerTableHolds() {
        assertEquals(new BigDecimal("0.333333"), Answer.calculated("x", Value.ofNumber(1.0 / 3)).orElseThrow().number());
        assertEquals(new BigDecimal("12"), Answer.calculated("x", Value.ofNumber(12.0)).orElseThrow().number());
        assertTrue(Answer.calculated("x", Value.ofNumber(1e16)).isEmpty());
        assertTrue(Answer.calculated("x", Value.ofNumber(Double.POSITIVE_INFINITY)).isEmpty());
        assertEquals("true", Answer.calculated("x", Value.TRUE).orElseThrow().text());
        assertEquals("a b", Answer.calculated("x", Value.ofChoices(List.of("a", "b"))).orElseThrow().text());
        assertEquals(TypedInput.MAX_TEXT_LENGTH, Answer.calculated("x", Value.ofString("é".repeat(3000))).orElseThrow().text().length());
        assertEquals(Value.ofDate(LocalDate.of(2024, 1, 2)),
                Answer.calculated("x", Value.ofDate(LocalDate.of(2024, 1, 2))).orElseThrow().value());
    }

    private PageSubmission.Result submit(Set<String> shown, Map<String, List<String>> form) {
        return submission.submit(page("invoer"), routing.withoutIrrelevant(Answers.of(List.of())), shown, form);
    }

    private Page page(String name) {
        return questionnaire.page(name).orElseThrow();
    }

    private static Questionnaire load() {
        try {
            return new QuestionnaireLoader().load("reken.yaml", YAML);
        } catch (QuestionnaireFileException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }
}
