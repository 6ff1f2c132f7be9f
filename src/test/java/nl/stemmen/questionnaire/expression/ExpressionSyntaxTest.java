package nl.stemmen.questionnaire.expression;

import static nl.stemmen.questionnaire.expression.ExpressionSyntaxException.Reason.INVALID_ARGUMENT;
import static nl.stemmen.questionnaire.expression.ExpressionSyntaxException.Reason.UNEXPECTED_CHARACTER;
import static nl.stemmen.questionnaire.expression.ExpressionSyntaxException.Reason.UNEXPECTED_END;
import static nl.stemmen.questionnaire.expression.ExpressionSyntaxException.Reason.UNEXPECTED_TOKEN;
import static nl.stemmen.questionnaire.expression.ExpressionSyntaxException.Reason.UNKNOWN_FUNCTION;
import static nl.stemmen.questionnaire.expression.ExpressionSyntaxException.Reason.UNTERMINATED_STRING;
import static nl.stemmen.questionnaire.expression.ExpressionSyntaxException.Reason.WRONG_NUMBER_OF_ARGUMENTS;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import nl.stemmen.questionnaire.expression.ExpressionSyntaxException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExpressionSyntaxTest {

    private static final String KNOWN_FUNCTIONS = "selected, count-selected, string-length, if, coalesce, today, "
            + "not, true, false, number, string, boolean, int, round, concat, contains, starts-with, regex, frame, "
            + "substr, boolean-from-string, format-date, decimal-date-time, date, now, jr:choice-name, selected-at, min, max";

    @ParameterizedTest(name = "{0}  →  at {2}: {3}")
    @MethodSource("errors")
    void reportsWhereAndWhat(String source, Reason reason, int position, String message) {
        ExpressionSyntaxException error = assertThrows(ExpressionSyntaxException.class, () -> Expression.parse(source));
        assertAll(
                () -> assertEquals(message, error.getMessage()),
                () -> assertEquals(position, error.position()),
                () -> assertEquals(reason, error.reason()));
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                // empty
                error("", UNEXPECTED_END, 0, "the expression is empty"),
                error("   ", UNEXPECTED_END, 0, "the expression is empty"),

                // unbalanced parentheses
                error("(1 + 2", UNEXPECTED_END, 6, "expected ')' but found end of expression"),
                error("((1)", UNEXPECTED_END, 4, "expected ')' but found end of expression"),
                error("1 + 2)", UNEXPECTED_TOKEN, 5, "')' has no matching '('"),
                error("(1 2)", UNEXPECTED_TOKEN, 3, "expected an operator or ')' but found '2'"),
                error("()", UNEXPECTED_TOKEN, 1, "expected a value but found ')'"),
                error("(", UNEXPECTED_END, 1, "expected a value but found end of expression"),

                // missing operands
                error("${a} =", UNEXPECTED_END, 6, "'=' needs a value on its right"),
                error("${a} = and ${b}", UNEXPECTED_TOKEN, 7, "'=' needs a value on its right"),
                error("1 = = 2", UNEXPECTED_TOKEN, 4, "'=' needs a value on its right"),
                error("1 +", UNEXPECTED_END, 3, "'+' needs a value on its right"),
                error("${a} and", UNEXPECTED_END, 8, "'and' needs a value on its right"),
                error("-", UNEXPECTED_END, 1, "'-' needs a value on its right"),
                error("= 5", UNEXPECTED_TOKEN, 0, "'=' needs a value on its left"),
                error("* 2", UNEXPECTED_TOKEN, 0, "'*' needs a value on its left"),
                error("and ${a}", UNEXPECTED_TOKEN, 0, "'and' needs a value on its left"),
                error("${a} 'b'", UNEXPECTED_TOKEN, 5,
                        "expected an operator or the end of the expression but found the text 'b'"),
                error("${a} = ja", UNEXPECTED_TOKEN, 7,
                        "'ja' is not a value: put text in quotes ('ja') or refer to a question as ${ja}"),

                // functions
                error("selectd(${a}, 'b')", UNKNOWN_FUNCTION, 0,
                        "unknown function 'selectd' (known: " + KNOWN_FUNCTIONS + ")"),
                error("1 + foo()", UNKNOWN_FUNCTION, 4, "unknown function 'foo' (known: " + KNOWN_FUNCTIONS + ")"),
                error("selected(${a})", WRONG_NUMBER_OF_ARGUMENTS, 0, "'selected' takes 2 arguments but was given 1"),
                error("today(1)", WRONG_NUMBER_OF_ARGUMENTS, 0, "'today' takes no arguments but was given 1"),
                error("not(1, 2)", WRONG_NUMBER_OF_ARGUMENTS, 0, "'not' takes 1 argument but was given 2"),
                error("round(1, 2, 3)", WRONG_NUMBER_OF_ARGUMENTS, 0, "'round' takes 1 or 2 arguments but was given 3"),
                error("concat()", WRONG_NUMBER_OF_ARGUMENTS, 0, "'concat' takes at least 1 argument but was given 0"),
                error("concat('a' 'b')", UNEXPECTED_TOKEN, 11, "expected ',' or ')' but found the text 'b'"),
                error("concat('a',)", UNEXPECTED_TOKEN, 11, "expected a value but found ')'"),
                error("concat('a'", UNEXPECTED_END, 10, "expected ')' but found end of expression"),
                error("regex(., '[0-9')", INVALID_ARGUMENT, 0,
                        "'[0-9' is not a valid regular expression for 'regex': Unclosed character class"),

                // strings
                error("'open", UNTERMINATED_STRING, 0, "the text that starts with ' is never closed (missing ')"),
                error("${a} = \"ja", UNTERMINATED_STRING, 7, "the text that starts with \" is never closed (missing \")"),

                // characters
                error("${a} && ${b}", UNEXPECTED_CHARACTER, 5, "unexpected character '&': use 'and' to combine conditions"),
                error("${a} || ${b}", UNEXPECTED_CHARACTER, 5, "unexpected character '|': use 'or' for alternatives"),
                error("6 / 2", UNEXPECTED_CHARACTER, 2, "unexpected character '/': use 'div' to divide"),
                error("7 % 2", UNEXPECTED_CHARACTER, 2, "unexpected character '%': use 'mod' for the remainder"),
                error("!${a}", UNEXPECTED_CHARACTER, 0,
                        "unexpected character '!': use '!=' for 'not equal to', or not(...) to negate"),
                error("${a} == 1", UNEXPECTED_CHARACTER, 6, "use a single '=' to compare"),
                error("${a} # 1", UNEXPECTED_CHARACTER, 5, "unexpected character '#'"),

                // references
                error("$a", UNEXPECTED_CHARACTER, 0, "'$' must be followed by {name} to refer to a question, as in ${name}"),
                error("${1a}", UNEXPECTED_CHARACTER, 2, "expected a question name after '${' but found '1'"),
                error("${", UNEXPECTED_END, 2, "expected a question name after '${' but found end of expression"),
                error("${a", UNEXPECTED_END, 3, "expected '}' to close '${a' but found end of expression"),
                error("${a b}", UNEXPECTED_CHARACTER, 3, "expected '}' to close '${a' but found ' '"));
    }

    @Test
    void unknownFunctionHasItsOwnType() {
        UnknownFunctionException error = assertThrows(UnknownFunctionException.class,
                () -> Expression.parse("${a} and selectd(${b}, 'x')"));
        assertEquals("selectd", error.functionName());
        assertEquals(9, error.position());
    }

    @Test
    void wrongArgumentCountHasItsOwnType() {
        ExpressionSyntaxException error = assertThrows(ExpressionSyntaxException.class,
                () -> Expression.parse("1 + count-selected()"));
        ExpressionArityException arity = assertInstanceOf(ExpressionArityException.class, error);
        assertEquals("count-selected", arity.functionName());
        assertEquals(0, arity.argumentCount());
        assertEquals(4, arity.position());
    }

    private static Arguments error(String source, Reason reason, int position, String message) {
        return Arguments.of(source, reason, position, message);
    }
}
