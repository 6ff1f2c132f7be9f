package nl.stemmen.questionnaire.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExpressionApiTest {

    @ParameterizedTest(name = "{0}  →  {1}, uses '.': {2}")
    @MethodSource("dependencies")
    void findsReferencesAndCurrentValue(String source, List<String> references, boolean usesCurrentValue)
            throws ExpressionSyntaxException {
        Expression expression = Expression.parse(source);
        assertEquals(references, List.copyOf(expression.references()));
        assertEquals(usesCurrentValue, expression.usesCurrentValue());
    }

    static Stream<Arguments> dependencies() {
        return Stream.of(
                Arguments.of("1 + 2", List.of(), false),
                Arguments.of("${b} + ${a} * ${b}", List.of("b", "a"), false),
                Arguments.of("selected(${situatie}, 'werk') and . > ${minimum}", List.of("situatie", "minimum"), true),
                Arguments.of("if(${a}, ${b}, coalesce(${c}, ${a}))", List.of("a", "b", "c"), false),
                Arguments.of("-${x} < (${y})", List.of("x", "y"), false),
                Arguments.of("string-length(.)", List.of(), true),
                Arguments.of("'.' = '${a}'", List.of(), false),
                Arguments.of(".5 + 1", List.of(), false));
    }

    @Test
    void readsTheRespondentsSampleFrameAndIsBlankWithoutOne() throws ExpressionSyntaxException {
        Expression askGender = Expression.parse("frame('gender') = ''");
        assertEquals(java.util.Set.of("gender"), askGender.frameAttributes());
        assertTrue(askGender.isTrue(TestAnswers.of()), "no frame row: asked");
        EvaluationContext known = new EvaluationContext() {
            public Value answer(String name) {
                return Value.EMPTY;
            }

            public Value currentValue() {
                return Value.EMPTY;
            }

            public java.time.LocalDate today() {
                return TestAnswers.TODAY;
            }

            @Override
            public Value frameAttribute(String name) {
                return name.equals("gender") ? Value.ofString("vrouw") : Value.EMPTY;
            }
        };
        assertFalse(askGender.isTrue(known), "the frame knows: not asked again");
    }

    @Test
    void keepsItsSource() throws ExpressionSyntaxException {
        String source = " ${a}  = 'ja' ";
        assertEquals(source, Expression.parse(source).source());
    }

    @Test
    void referencesCannotBeChanged() throws ExpressionSyntaxException {
        Expression expression = Expression.parse("${a}");
        assertThrows(UnsupportedOperationException.class, () -> expression.references().add("b"));
    }

    @Test
    void isTrueIsTheBooleanOfTheResult() throws ExpressionSyntaxException {
        TestAnswers answers = TestAnswers.of("naam", Value.ofString("Piet"), "aantal", Value.ofNumber(0));
        assertTrue(Expression.parse("${naam}").isTrue(answers));
        assertFalse(Expression.parse("${aantal}").isTrue(answers));
        assertFalse(Expression.parse("${onbeantwoord}").isTrue(answers));
        assertTrue(Expression.parse("today()").isTrue(answers));
    }

    @Test
    void evaluatesOnlyTheBranchesItNeeds() throws ExpressionSyntaxException {
        RecordingAnswers answers = new RecordingAnswers();
        Expression.parse("if(true(), ${a}, ${b}) or coalesce('x', ${c}) or (false() and ${d})").evaluate(answers);
        assertEquals(List.of("a"), answers.asked);
    }

    @Test
    void canBeEvaluatedAgainWithOtherAnswers() throws ExpressionSyntaxException {
        Expression expression = Expression.parse("${leeftijd} >= 18");
        assertTrue(expression.isTrue(TestAnswers.of("leeftijd", Value.ofNumber(18))));
        assertFalse(expression.isTrue(TestAnswers.of("leeftijd", Value.ofNumber(17))));
    }

    /** Remembers which answers were looked up. */
    private static final class RecordingAnswers implements EvaluationContext {
        final List<String> asked = new ArrayList<>();

        @Override
        public Value answer(String name) {
            asked.add(name);
            return Value.EMPTY;
        }

        @Override
        public Value currentValue() {
            return Value.EMPTY;
        }

        @Override
        public LocalDate today() {
            return TestAnswers.TODAY;
        }
    }
}
