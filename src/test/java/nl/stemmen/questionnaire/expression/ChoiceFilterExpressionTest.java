package nl.stemmen.questionnaire.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A choice_filter: bare words are the choice's fields, XLSForm style; everywhere else they stay a mistake. */
class ChoiceFilterExpressionTest {

    private static EvaluationContext choice(Map<String, String> fields, Map<String, Value> answers) {
        return new EvaluationContext() {
            @Override
            public Value answer(String name) {
                return answers.getOrDefault(name, Value.EMPTY);
            }

            @Override
            public Value currentValue() {
                return Value.EMPTY;
            }

            @Override
            public LocalDate today() {
                return LocalDate.of(2026, 1, 1);
            }

            @Override
            public Value choiceField(String column) {
                return fields.containsKey(column) ? Value.ofString(fields.get(column)) : Value.EMPTY;
            }
        };
    }

    @Test
    void bareWordsAreTheChoicesNameAndColumns() throws Exception {
        Expression filter = Expression.parseChoiceFilter("land = ${land} and name != '60+' or selected(${gedaan}, name)");
        assertEquals(Set.of("land", "name"), filter.choiceFields());
        assertEquals(Set.of("land", "gedaan"), filter.references());
        Map<String, Value> dutch = Map.of("land", Value.ofString("nl"), "gedaan", Value.ofChoices(List.of("koken")));
        assertTrue(filter.isTrue(choice(Map.of("name", "utrecht", "land", "nl"), dutch)));
        assertFalse(filter.isTrue(choice(Map.of("name", "60+", "land", "nl"), dutch)), "a name with + in quotes");
        assertFalse(filter.isTrue(choice(Map.of("name", "antwerpen", "land", "be"), dutch)));
        assertTrue(filter.isTrue(choice(Map.of("name", "koken"), dutch)));
        assertEquals("(land van de keuze is land en de keuze is niet '60+') of de keuze gekozen bij gedaan",
                filter.inPlainWords());
    }

    @Test
    void outsideAChoiceFilterABareWordIsStillRefused() throws Exception {
        ExpressionSyntaxException e = assertThrows(ExpressionSyntaxException.class, () -> Expression.parse("land = 'nl'"));
        assertTrue(e.getMessage().contains("put text in quotes"), e.getMessage());
        assertTrue(Expression.parseChoiceFilter("name = 'a'").isTrue(choice(Map.of("name", "a"), Map.of())) );
    }
}
