package nl.stemmen.questionnaire.expression;

import static nl.stemmen.questionnaire.expression.ValueRows.choices;
import static nl.stemmen.questionnaire.expression.ValueRows.date;
import static nl.stemmen.questionnaire.expression.ValueRows.num;
import static nl.stemmen.questionnaire.expression.ValueRows.row;
import static nl.stemmen.questionnaire.expression.ValueRows.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The functions added for the XLSForm features real forms use (issue 17), as a table of inputs and outputs, and the
 * existing text and number functions checked against ODK's behaviour for empty arguments and NaN. Today is
 * 2024-06-15, now 2024-06-15T14:30:05.250+02:00 ({@link TestAnswers}).
 */
class FunctionsTest {

    private static final double NAN = Double.NaN;
    private static final Value EMPTY = Value.EMPTY;

    @ParameterizedTest(name = "{0}  with {1}  →  {2}")
    @MethodSource("cases")
    void evaluates(String expression, TestAnswers answers, Value expected) throws ExpressionSyntaxException {
        assertEquals(expected, Expression.parse(expression).evaluate(answers));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // substr: 0-based, end excluded, negative from the end, clamped, by character
                row("substr('amsterdam', 0, 3)", str("ams")),
                row("substr('amsterdam', 3)", str("terdam")),
                row("substr('amsterdam', -3)", str("dam")),
                row("substr('amsterdam', 2, -3)", str("ster")),
                row("substr('amsterdam', 5, 2)", EMPTY),
                row("substr('amsterdam', 20)", EMPTY),
                row("substr('amsterdam', 0, 99)", str("amsterdam")),
                row("substr('amsterdam', 1.9, 3.2)", str("ms")),
                row("substr('amsterdam', ${leeg})", str("amsterdam")),
                row("substr(${leeg}, 0, 2)", EMPTY),
                row("substr('🙂ab', 0, 2)", str("🙂a")),
                row("substr(12345, 1, 3)", str("23")),

                // boolean-from-string: 'true' and '1' only
                row("boolean-from-string('true')", Value.TRUE),
                row("boolean-from-string('1')", Value.TRUE),
                row("boolean-from-string('TRUE')", Value.FALSE),
                row("boolean-from-string('ja')", Value.FALSE),
                row("boolean-from-string(${leeg})", Value.FALSE),
                row("boolean-from-string(1)", Value.TRUE),

                // format-date: ODK's specifiers, English names
                row("format-date(${d}, '%Y-%m-%d')", str("2024-03-07"), "d", date("2024-03-07")),
                row("format-date(${d}, '%e/%n/%y')", str("7/3/24"), "d", date("2024-03-07")),
                row("format-date(${d}, '%a %e %b %Y')", str("Thu 7 Mar 2024"), "d", date("2024-03-07")),
                row("format-date('2024-03-07', '%d.%m.%Y')", str("07.03.2024")),
                row("format-date(now(), '%H:%M:%S.%3 %h')", str("14:30:05.250 14")),
                row("format-date(${d}, '%H:%M 100%% %q')", str("00:00 100%% %q"), "d", date("2024-03-07")),
                row("format-date(${leeg}, '%Y')", EMPTY),
                row("format-date('gisteren', '%Y')", EMPTY),

                // decimal-date-time: days since 1970-01-01, time as fraction, from UTC
                row("decimal-date-time('1970-01-02T12:00:00Z')", num(1.5)),
                row("decimal-date-time('1970-01-02T12:00:00.000+02:00')", num(1 + 10.0 / 24)),
                row("decimal-date-time(${d})", num(19789), "d", date("2024-03-07")),
                row("decimal-date-time('2024-03-07')", num(19789)),
                row("decimal-date-time(2.25)", num(2.25)),
                row("decimal-date-time(${leeg})", num(NAN)),
                row("decimal-date-time('morgen')", num(NAN)),

                // date: a day number (rounded down), an ISO date or moment; else empty
                row("date(0)", date("1970-01-01")),
                row("date(19789.9)", date("2024-03-07")),
                row("date(-1)", date("1969-12-31")),
                row("date('2024-03-07')", date("2024-03-07")),
                row("date('2024-03-07T23:59:00+01:00')", date("2024-03-07")),
                row("date('2024-02-30')", EMPTY),
                row("date(${leeg})", EMPTY),
                row("date(1 div 0)", EMPTY),
                row("date(${d}) + 1 = date('2024-03-08')", Value.TRUE, "d", date("2024-03-07")),
                row("date(${d} + 1)", date("2024-03-08"), "d", date("2024-03-07")),

                // now: ISO with milliseconds and offset
                row("now()", str("2024-06-15T14:30:05.250+02:00")),
                row("date(now()) = today()", Value.TRUE),

                // jr:choice-name: the label in the respondent's language; empty for an unknown choice
                row("jr:choice-name(${land}, '${land}')", str("Nederland"), "land", str("nl")),
                row("jr:choice-name('nl', '${land}')", str("Nederland")),
                row("jr:choice-name('xx', '${land}')", EMPTY),
                row("jr:choice-name(${land}, '${land}')", EMPTY),

                // selected-at: 0-based, empty past the end
                row("selected-at(${m}, 0)", str("fiets"), "m", choices("fiets", "bus")),
                row("selected-at(${m}, 1)", str("bus"), "m", choices("fiets", "bus")),
                row("selected-at(${m}, 2)", EMPTY, "m", choices("fiets", "bus")),
                row("selected-at(${m}, -1)", EMPTY, "m", choices("fiets", "bus")),
                row("selected-at(${m}, ${leeg})", EMPTY, "m", choices("fiets", "bus")),
                row("selected-at(${leeg}, 0)", EMPTY),

                // min and max over their arguments; NaN as soon as one is no number, as JavaRosa
                row("min(3, 1, 2)", num(1)),
                row("max(3, 1, 2)", num(3)),
                row("max('4', 2.5)", num(4)),
                row("min(7)", num(7)),
                row("max(${a}, ${b})", num(NAN), "a", num(3)),
                row("min(1, 'x')", num(NAN)),
                row("max(${d}, 0)", num(19789), "d", date("2024-03-07")),

                // the existing ones against ODK: empty arguments and NaN
                row("concat(${leeg}, 'a', ${leeg})", str("a")),
                row("concat(0 div 0, '|', 1 div 0)", str("NaN|Infinity")),
                row("concat(${m})", str("fiets bus"), "m", choices("fiets", "bus")),
                row("contains('abc', '')", Value.TRUE),
                row("contains(${leeg}, '')", Value.TRUE),
                row("contains(${leeg}, 'a')", Value.FALSE),
                row("starts-with('abc', '')", Value.TRUE),
                row("starts-with(${leeg}, 'a')", Value.FALSE),
                row("regex(${leeg}, '.*')", Value.TRUE),
                row("regex(${leeg}, '.+')", Value.FALSE),
                row("round(${leeg})", num(NAN)),
                row("round(0 div 0, 2)", num(NAN)),
                row("round(2.5, ${leeg})", num(NAN)),
                row("int(${leeg})", num(NAN)),
                row("int(-2.7)", num(-2)),
                row("int('3.9')", num(3)),
                row("number(${leeg})", num(NAN)),
                row("number('1,5')", num(NAN)),
                row("number(true())", num(1)),
                row("string(0 div 0)", str("NaN")),
                row("string(${leeg})", EMPTY),
                row("string(2.50)", str("2.5")));
    }

    /** Every function's arity is checked when the expression is read, so the loader can say which line is wrong. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongArity")
    void refusesAWrongNumberOfArguments(String expression, String message) {
        ExpressionArityException e = assertThrows(ExpressionArityException.class, () -> Expression.parse(expression));
        assertEquals(message, e.getMessage());
    }

    static Stream<Arguments> wrongArity() {
        return Stream.of(
                Arguments.of("substr('a')", "'substr' takes 2 or 3 arguments but was given 1"),
                Arguments.of("substr('a', 1, 2, 3)", "'substr' takes 2 or 3 arguments but was given 4"),
                Arguments.of("boolean-from-string()", "'boolean-from-string' takes 1 argument but was given 0"),
                Arguments.of("format-date(today())", "'format-date' takes 2 arguments but was given 1"),
                Arguments.of("decimal-date-time()", "'decimal-date-time' takes 1 argument but was given 0"),
                Arguments.of("date(1, 2)", "'date' takes 1 argument but was given 2"),
                Arguments.of("now(1)", "'now' takes no arguments but was given 1"),
                Arguments.of("jr:choice-name('a')", "'jr:choice-name' takes 2 arguments but was given 1"),
                Arguments.of("selected-at(${m})", "'selected-at' takes 2 arguments but was given 1"),
                Arguments.of("min()", "'min' takes at least 1 argument but was given 0"),
                Arguments.of("max()", "'max' takes at least 1 argument but was given 0"));
    }

    @Test
    void choiceNameNamesItsQuestionAsAReferenceInQuotes() throws ExpressionSyntaxException {
        assertEquals(List.of("land", "woonplaats"),
                List.copyOf(Expression.parse("concat(jr:choice-name(${land}, '${woonplaats}'))").references()));
        ExpressionSyntaxException e = assertThrows(ExpressionSyntaxException.class,
                () -> Expression.parse("jr:choice-name(${land}, 'land')"));
        assertEquals("jr:choice-name() takes the question as a reference in quotes, e.g. jr:choice-name(${land}, '${land}')",
                e.getMessage());
    }

    @Test
    void onlyTheJavaRosaPrefixIsTakenBeforeAColon() {
        ExpressionSyntaxException e = assertThrows(ExpressionSyntaxException.class, () -> Expression.parse("xx:name('a')"));
        assertEquals("unexpected character ':'", e.getMessage());
    }
}
