package nl.stemmen.questionnaire.expression;

import static nl.stemmen.questionnaire.expression.ExpressionSyntaxException.Reason.TOO_DEEP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Expressions an author (or a generator) can write that would exhaust the stack: deep nesting is
 * refused with a position, long and/or chains work, long chains of other operators are refused.
 */
class ExpressionLimitsTest {

    @Test
    void aThousandNestedBracketsAreRefusedWhereTheyGoTooDeep() {
        ExpressionSyntaxException error = assertThrows(ExpressionSyntaxException.class,
                () -> Expression.parse("(".repeat(1000) + "1" + ")".repeat(1000)));
        assertEquals(TOO_DEEP, error.reason());
        assertEquals(50, error.position(), "the 51st bracket");
        assertEquals("more than 50 brackets, functions or minus signs inside one another; write it simpler or split it",
                error.getMessage());
    }

    @Test
    void nestedFunctionsAndMinusSignsCountAsNesting() {
        assertEquals(TOO_DEEP, assertThrows(ExpressionSyntaxException.class,
                () -> Expression.parse("not(".repeat(3000) + "true()" + ")".repeat(3000))).reason());
        assertEquals(TOO_DEEP, assertThrows(ExpressionSyntaxException.class,
                () -> Expression.parse("-".repeat(50_000) + "1")).reason());
    }

    @Test
    void fiftyLevelsAreStillFine() throws ExpressionSyntaxException {
        assertEquals(Value.ofNumber(1), Expression.parse("(".repeat(50) + "1" + ")".repeat(50)).evaluate(TestAnswers.of()));
        assertEquals(Value.ofNumber(1), Expression.parse("-".repeat(50) + "1").evaluate(TestAnswers.of()));
    }

    @Test
    void twentyThousandAndTermsEvaluateWithoutDeepRecursion() throws ExpressionSyntaxException {
        Expression all = Expression.parse("${a} = 1" + " and ${a} = 1".repeat(19_999));
        assertTrue(all.isTrue(TestAnswers.of("a", Value.ofNumber(1))));
        assertFalse(all.isTrue(TestAnswers.of("a", Value.ofNumber(2))));
        Expression any = Expression.parse("${a} = 0" + " or ${a} = 1".repeat(19_999));
        assertTrue(any.isTrue(TestAnswers.of("a", Value.ofNumber(1))));
    }

    @Test
    void andAndOrKeepTheirPrecedenceAndStopAtTheDecidingOperand() throws ExpressionSyntaxException {
        assertTrue(Expression.parse("1 = 2 and 1 = 1 or 2 = 2").isTrue(TestAnswers.of()));
        assertFalse(Expression.parse("1 = 2 and (1 = 1 or 2 = 2)").isTrue(TestAnswers.of()));
        assertTrue(Expression.parse("1 = 1 or 1 div 0").isTrue(TestAnswers.of()));
    }

    @Test
    void aLongChainOfOtherOperatorsIsRefused() {
        ExpressionSyntaxException error = assertThrows(ExpressionSyntaxException.class,
                () -> Expression.parse("1" + " + 1".repeat(20_000)));
        assertEquals(TOO_DEEP, error.reason());
        assertTrue(error.getMessage().startsWith("more than 100 levels of operations"), error.getMessage());
    }
}
