package nl.stemmen.questionnaire.expression;

import static nl.stemmen.questionnaire.expression.ValueRows.choices;
import static nl.stemmen.questionnaire.expression.ValueRows.date;
import static nl.stemmen.questionnaire.expression.ValueRows.num;
import static nl.stemmen.questionnaire.expression.ValueRows.row;
import static nl.stemmen.questionnaire.expression.ValueRows.str;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExpressionEvaluationTest {

    private static final double NAN = Double.NaN;
    private static final Value TRUE = Value.TRUE;
    private static final Value FALSE = Value.FALSE;
    private static final Value EMPTY = Value.EMPTY;
    private static final double TODAY_DAY_NUMBER = 19889; // 2024-06-15

    @ParameterizedTest(name = "{0}  with {1}  →  {2}")
    @MethodSource("cases")
    void evaluates(String expression, TestAnswers answers, Value expected) throws ExpressionSyntaxException {
        assertEquals(expected, Expression.parse(expression).evaluate(answers));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // literals, references and '.'
                row("12", num(12)),
                row("3.5", num(3.5)),
                row(".5", num(0.5)),
                row("'ja'", str("ja")),
                row("\"nee\"", str("nee")),
                row("\"it's\"", str("it's")),
                row("''", EMPTY),
                row("${naam}", str("Piet"), "naam", str("Piet")),
                row("${naam}", EMPTY),
                row(".", num(7), ".", num(7)),
                row("${deel.vraag-1}", str("x"), "deel.vraag-1", str("x")),
                row("  1\n+\t2  ", num(3)),

                // arithmetic
                row("1 + 2", num(3)),
                row("5 - 3", num(2)),
                row("5-3", num(2)),
                row("${a}-${b}", num(6), "a", num(10), "b", num(4)),
                row("2 * 3.5", num(7)),
                row("7 div 2", num(3.5)),
                row("7 mod 3", num(1)),
                row("-7 mod 3", num(-1)),
                row("7 mod -3", num(1)),
                row("1 div 0", num(Double.POSITIVE_INFINITY)),
                row("-1 div 0", num(Double.NEGATIVE_INFINITY)),
                row("0 div 0", num(NAN)),
                row("5 mod 0", num(NAN)),
                row("${leeftijd} + 1", num(NAN)),
                row("'abc' * 2", num(NAN)),
                row("'12' + 1", num(13)),
                row("' 12 ' + 1", num(13)),
                row("'1e3' + 0", num(NAN)),
                row("true() + 1", num(2)),
                row("-${a}", num(-4), "a", num(4)),
                row("--3", num(3)),

                // precedence and associativity
                row("1 + 2 * 3", num(7)),
                row("(1 + 2) * 3", num(9)),
                row("10 - 4 - 3", num(3)),
                row("12 div 2 div 3", num(2)),
                row("2 + 3 mod 2", num(3)),
                row("-2 * 3", num(-6)),
                row("- 2 + 5", num(3)),
                row("1 + 1 = 2", TRUE),
                row("1 < 2 = 2 > 1", TRUE),
                row("1 = 1 or 1 = 2 and 1 = 2", TRUE),
                row("(1 = 1 or 1 = 2) and 1 = 2", FALSE),
                row("3 > 2 > 1", FALSE), // (3 > 2) is true, true > 1 is 1 > 1
                row("not(1 = 2) and true()", TRUE),

                // = and != with coercion
                row("1 = 1", TRUE),
                row("1 = 2", FALSE),
                row("1 != 2", TRUE),
                row("'a' = 'a'", TRUE),
                row("'a' = 'A'", FALSE),
                row("'1.0' = 1", TRUE),
                row("'1.0' = '1'", FALSE),
                row("${leeftijd} = 18", TRUE, "leeftijd", num(18)),
                row("${leeftijd} = '18'", TRUE, "leeftijd", num(18)),
                row("${leeftijd} = ''", TRUE),
                row("${leeftijd} = ''", FALSE, "leeftijd", num(18)),
                row("${leeftijd} = 0", FALSE),
                row("${leeftijd} != 0", TRUE),
                row("${heeft_werk} = 'ja'", FALSE),
                row("${heeft_werk} = 'ja'", TRUE, "heeft_werk", str("ja")),
                row("${heeft_werk} != 'ja'", TRUE),
                row("true() = 'false'", TRUE),
                row("false() = ''", TRUE),
                row("true() = 1", TRUE),
                row("false() = 0", TRUE),
                row("${datum} = '2024-06-15'", TRUE, "datum", date("2024-06-15")),
                row("today() = '2024-06-15'", TRUE),
                row("today() = 'gisteren'", FALSE),
                row("${datum} = today()", TRUE, "datum", date("2024-06-15")),
                row("${datum} != today()", TRUE, "datum", date("2024-06-14")),
                row("${keuzes} = 'a b'", TRUE, "keuzes", choices("a", "b")),
                row("${keuzes} = ''", TRUE, "keuzes", choices()),

                // < <= > >= are numeric
                row("2 < 10", TRUE),
                row("'2' < '10'", TRUE),
                row("2 <= 2", TRUE),
                row("3 > 2", TRUE),
                row("2 >= 3", FALSE),
                row("${leeftijd} > 18", FALSE),
                row("${leeftijd} <= 18", FALSE),
                row("${leeftijd} > 18", TRUE, "leeftijd", num(20)),
                row("${leeftijd} > 18", TRUE, "leeftijd", str("20")),
                row("'abc' < 1", FALSE),
                row("true() > false()", TRUE),
                row("${geboortedatum} < '2000-01-01'", TRUE, "geboortedatum", date("1990-05-01")),
                row("${geboortedatum} < today()", TRUE, "geboortedatum", date("1990-05-01")),
                row("'2024-06-14' < today()", TRUE),
                row("today() > 19000", TRUE),
                row("today() - ${geboortedatum}", num(10), "geboortedatum", date("2024-06-05")),

                // and / or
                row("true() and false()", FALSE),
                row("true() or false()", TRUE),
                row("false() or false()", FALSE),
                row("'' or 0", FALSE),
                row("'x' and 1", TRUE),
                row("${a} and ${b}", FALSE),

                // selected and count-selected
                row("selected(${situatie}, 'werk')", TRUE, "situatie", choices("studie", "werk")),
                row("selected(${situatie}, 'werk')", FALSE, "situatie", choices("studie")),
                row("selected(${situatie}, 'werk')", FALSE),
                row("selected(${situatie}, 'werk')", TRUE, "situatie", str("studie werk")),
                row("selected(${situatie}, 'werk')", TRUE, "situatie", str("werk")),
                row("selected(${situatie}, 'wer')", FALSE, "situatie", str("werk")),
                row("selected( ${situatie} , ' werk ' )", TRUE, "situatie", choices("werk")),
                row("count-selected(${situatie})", num(3), "situatie", choices("a", "b", "c")),
                row("count-selected(${situatie})", num(0)),
                row("count-selected(${situatie}) >= 2", FALSE, "situatie", choices("a")),

                // string-length, if, coalesce, today
                row("string-length('hallo')", num(5)),
                row("string-length(${naam})", num(0)),
                row("string-length(123.50)", num(5)),
                row("string-length('\uD83D\uDE00')", num(1)),
                row("if(${a} > 1, 'groot', 'klein')", str("groot"), "a", num(5)),
                row("if(${a} > 1, 'groot', 'klein')", str("klein")),
                row("if(true(), 1, 2) + 1", num(2)),
                row("coalesce(${a}, 'standaard')", str("standaard")),
                row("coalesce(${a}, 'standaard')", str("x"), "a", str("x")),
                row("coalesce(${a}, ${b})", num(0), "a", num(0)),
                row("today()", date("2024-06-15")),

                // not, true, false, number, string, boolean
                row("not(true())", FALSE),
                row("not('')", TRUE),
                row("not(${a})", TRUE),
                row("true()", TRUE),
                row("false()", FALSE),
                row("number('42')", num(42)),
                row("number('')", num(NAN)),
                row("number('4,5')", num(NAN)),
                row("number(true())", num(1)),
                row("number(today())", num(TODAY_DAY_NUMBER)),
                row("string(3.0)", str("3")),
                row("string(2.50)", str("2.5")),
                row("string(1 div 0)", str("Infinity")),
                row("string(0 div 0)", str("NaN")),
                row("string(true())", str("true")),
                row("string(today())", str("2024-06-15")),
                row("string(${keuzes})", str("a b"), "keuzes", choices("a", "b")),
                row("boolean('')", FALSE),
                row("boolean('false')", TRUE),
                row("boolean(0)", FALSE),
                row("boolean(0 div 0)", FALSE),
                row("boolean(${keuzes})", FALSE, "keuzes", choices()),

                // int and round
                row("int(3.7)", num(3)),
                row("int(-3.7)", num(-3)),
                row("int('12.9')", num(12)),
                row("round(2.5)", num(3)),
                row("round(-2.5)", num(-2)),
                row("round(2.4)", num(2)),
                row("round(3.14159, 2)", num(3.14)),
                row("round(2.675, 2)", num(2.68)),
                row("round(1234, -2)", num(1200)),
                row("round(${a})", num(NAN)),

                // concat, contains, starts-with, regex
                row("concat('a')", str("a")),
                row("concat('Hallo ', ${naam}, '!')", str("Hallo Piet!"), "naam", str("Piet")),
                row("concat(1, true(), today())", str("1true2024-06-15")),
                row("contains('stemhulp', 'hulp')", TRUE),
                row("contains('stemhulp', 'Hulp')", FALSE),
                row("contains(${a}, '')", TRUE),
                row("starts-with('06-12345678', '06')", TRUE),
                row("starts-with('stem', 'tem')", FALSE),
                row("regex(., '[0-9]{4}[A-Z]{2}')", TRUE, ".", str("1234AB")),
                row("regex(., '[0-9]{4}[A-Z]{2}')", FALSE, ".", str("1234AB extra")),
                row("regex(., '^0[0-9]{9}$')", TRUE, ".", str("0612345678")),
                row("regex(., ${patroon})", FALSE, ".", str("["), "patroon", str("[")),

                // constraint-style: the answer being checked is '.'
                row(". >= 1 and . <= 80", FALSE, ".", num(0)),
                row(". >= 1 and . <= 80", TRUE, ".", num(1)),
                row(". >= 1 and . <= 80", TRUE, ".", num(80)),
                row(". >= 1 and . <= 80", FALSE, ".", num(81)),
                row(". >= 1 and . <= 80", FALSE),
                row(". >= 1 and . <= 80", TRUE, ".", str("42")),
                row("string-length(.) <= 10", TRUE),
                row(". <= today()", FALSE, ".", date("2030-01-01")),
                row("not(selected(., 'geen')) or count-selected(.) = 1", TRUE, ".", choices("geen")),
                row("not(selected(., 'geen')) or count-selected(.) = 1", FALSE, ".", choices("geen", "werk")),

                // relevant- and required-style
                row("${heeft_werk} = 'ja' and selected(${situatie}, 'werk')", TRUE,
                        "heeft_werk", str("ja"), "situatie", choices("werk", "studie")),
                row("${heeft_werk} = 'ja' and selected(${situatie}, 'werk')", FALSE, "situatie", choices("werk")),
                row("${leeftijd} >= 18 or ${toestemming} = 'ja'", TRUE, "toestemming", str("ja")),
                row("${leeftijd} >= 18 or ${toestemming} = 'ja'", FALSE),
                row("${contact} = 'ja'", TRUE, "contact", str("ja")));
    }
}
