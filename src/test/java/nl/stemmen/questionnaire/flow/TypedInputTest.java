package nl.stemmen.questionnaire.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers, dates and text as respondents type them, in any script, on a page in one language.
 * Invisible characters are written as Java escapes: U+200F/U+200E right-to-left/left-to-right mark,
 * U+061C Arabic letter mark, U+2212 minus sign, U+2013 en dash, U+066B Arabic decimal separator,
 * U+066C Arabic thousands separator.
 */
class TypedInputTest {

    private static final TypedInput DUTCH = in("nl");

    private static TypedInput in(String language) {
        return new TypedInput(Locale.forLanguageTag(language));
    }

    @ParameterizedTest(name = "integer ''{0}'' = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            34                 | 34
            '  34  '           | 34
            007                | 7
            0                  | 0
            ٣٤                 | 34
            ۳۴                 | 34
            ３４               | 34
            -5                 | -5
            \u22125            | -5
            \u20135            | -5
            -٣                 | -3
            \u2212۱۲           | -12
            1 000              | 1000
            '\u200F٣٤'         | 34
            '٣٤\u200E'         | 34
            '\u061C-5'         | -5
            '-\u200F5'         | -5
            123456789012345    | 123456789012345
            -123456789012345   | -123456789012345
            """)
    void integers(String typed, String expected) {
        assertNumber(expected, DUTCH.integer(typed));
    }

    @ParameterizedTest(name = "not an integer: ''{0}''")
    @ValueSource(strings = { "", "   ", "12a", "a12", "1,5", "1٫5", "1.2.3", "1.2", "--5", "5-", "-", "1e3",
            "٣٤x", "twaalf", "1/2", "1.25.000", "1.250,5" })
    void notIntegers(String typed) {
        assertEquals(Parsed.refused(InputProblem.NOT_AN_INTEGER), DUTCH.integer(typed));
    }

    @ParameterizedTest(name = "integer in {0}: ''{1}'' = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            nl | 1.250        | 1250
            nl | 1.250.000    | 1250000
            en | 1,250        | 1250
            en | 1,250,000    | 1250000
            en | 1.250.000    | 1250000
            fa | ۱٬۲۵۰        | 1250
            tr | 1.250        | 1250
            """)
    void groupingInWholeNumbers(String language, String typed, String expected) {
        assertNumber(expected, in(language).integer(typed));
    }

    /** In a whole number a lone point or comma before three digits can only be grouping, whatever the language. */
    @ParameterizedTest(name = "whole number in {0}: ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            nl | 1,250
            en | 1.250
            ar | 1.250
            """)
    void aLoneMarkBeforeThreeDigitsGroupsAWholeNumber(String language, String typed) {
        assertNumber("1250", in(language).integer(typed));
    }

    @Test
    void sixteenDigitsAreTooLargeNotNotAWholeNumber() {
        assertEquals(Parsed.refused(InputProblem.TOO_LARGE), DUTCH.integer("1234567890123456"));
        assertEquals(Parsed.refused(InputProblem.TOO_LARGE), DUTCH.integer("-1.234.567.890.123.456"));
        assertEquals(Parsed.refused(InputProblem.TOO_LARGE), DUTCH.decimal("1234567890123456,5", null));
        assertEquals(Parsed.refused(InputProblem.TOO_MANY_DECIMALS), DUTCH.decimal("1,1234567", null));
        assertNumber("1", DUTCH.integer("0000000000000001"), "leading zeros are not digits that count");
    }

    @ParameterizedTest(name = "decimal ''{0}'' = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            72          | 72
            1,5         | 1.5
            1.5         | 1.5
            1\u066B5    | 1.5
            ١٫٥         | 1.5
            ۱٫۵         | 1.5
            ٣٤,٥        | 34.5
            -2,25       | -2.25
            \u22120,5   | -0.5
            ',5'        | 0.5
            -.5         | -0.5
            1 250,75    | 1250.75
            '\u200F٣٤٫٥' | 34.5
            1.123456    | 1.123456
            650.50      | 650.5
            """)
    void decimals(String typed, String expected) {
        assertNumber(expected, DUTCH.decimal(typed, null));
    }

    @ParameterizedTest(name = "not a decimal: ''{0}''")
    @ValueSource(strings = { "", "12a", "1.2.3", "1,2,3", "1,5.5", "1,5 kg", "--1", "1٫٥٫٣", "abc", ".", "5,",
            "1.25.000", "1..5", "1٬5" })
    void notDecimals(String typed) {
        assertEquals(Parsed.refused(InputProblem.NOT_A_NUMBER), DUTCH.decimal(typed, null));
    }

    /** The demo's rent question stored €1.25 for 1.250 typed on a Dutch page. */
    @ParameterizedTest(name = "decimal in {0}: ''{1}'' = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            nl | 1.250,50     | 1250.5
            nl | 1.250.000    | 1250000
            nl | 1,250.5      | 1250.5
            nl | 650.50       | 650.5
            nl | 0.125        | 0.125
            nl | 1234.567     | 1234.567
            en | 1,250.50     | 1250.5
            en | 1,250,000    | 1250000
            en | 12,5         | 12.5
            tr | 1.250,5      | 1250.5
            ar | ١٫٢٥٠        | 1.25
            fa | ۱٫۲۵۰        | 1.25
            fa | ۱٬۲۵۰٫۵      | 1250.5
            """)
    void decimalMarksOfThePageLanguage(String language, String typed, String expected) {
        assertNumber(expected, in(language).decimal(typed, null));
    }

    /**
     * One point or comma before exactly three digits could be either, in every language: people in
     * the Netherlands write amounts the Dutch way on English pages too (the rent 1.250 read as 1.25).
     */
    @ParameterizedTest(name = "ambiguous in {0}: ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            nl | 1.250
            nl | -12.500
            tr | 1.250
            en | 1,250
            ar | 1,250
            fa | ۱,۲۵۰
            ti | 12,500
            en | 1.250
            tr | 1,250
            ar | 1.250
            fa | 1.250
            ti | 1.250
            nl | 1,250
            """)
    void ambiguousSeparatorsAreRefused(String language, String typed) {
        assertEquals(Parsed.refused(InputProblem.AMBIGUOUS_NUMBER), in(language).decimal(typed, null));
    }

    @Test
    void anAmbiguousTextThatReadsAsTheStoredAnswerKeepsIt() {
        // the page shows a stored 1.125 as "1.125", also in Dutch: Back and Next must not refuse it
        assertNumber("1.125", DUTCH.decimal("1.125", new BigDecimal("1.125")));
        assertNumber("1125", DUTCH.decimal("1.125", new BigDecimal("1125")));
        assertEquals(Parsed.refused(InputProblem.AMBIGUOUS_NUMBER), DUTCH.decimal("1.125", new BigDecimal("7")));
    }

    @ParameterizedTest(name = "date ''{0}'' = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-12-31          | 2024-12-31
            2024-1-5            | 2024-01-05
            31-12-2024          | 2024-12-31
            31/12/2024          | 2024-12-31
            31.12.2024          | 2024-12-31
            1/2/2024            | 2024-02-01
            1-2-2024            | 2024-02-01
            29-02-2024          | 2024-02-29
            '  31-12-2024  '    | 2024-12-31
            ۳۱-۱۲-۲۰۲۴          | 2024-12-31
            ۱/۲/۲۰۲۴            | 2024-02-01
            ٣١/١٢/٢٠٢٤          | 2024-12-31
            ٢٠٢٤-١٢-٣١          | 2024-12-31
            '\u200F٣١/١٢/٢٠٢٤'  | 2024-12-31
            """)
    void dates(String typed, LocalDate expected) {
        assertEquals(Parsed.of(expected), DUTCH.date(typed));
    }

    @ParameterizedTest(name = "not a date: ''{0}''")
    @ValueSource(strings = { "", "31-02-2024", "29-02-2023", "2024-02-30", "2024-13-01", "32-01-2024",
            "00-01-2024", "31-12-24", "12-2024", "2024-12-31T10:00", "morgen", "31 december 2024", "۳۱-۰۲-۲۰۲۴",
            "+2024-01-01", "12024-01-01" })
    void notDates(String typed) {
        assertEquals(Parsed.refused(InputProblem.NOT_A_DATE), DUTCH.date(typed));
    }

    /** A Farsi respondent's ۱۴۰۳-۰۱-۰۱ is the Persian year 1403, not Gregorian 1403; year 0000 is not a year. */
    @ParameterizedTest(name = "another calendar: ''{0}''")
    @ValueSource(strings = { "۱۴۰۳-۰۱-۰۱", "1445-09-01", "0000-01-01", "01-01-0001", "31-12-1899" })
    void datesBefore1900AreFromAnotherCalendar(String typed) {
        assertEquals(Parsed.refused(InputProblem.OTHER_CALENDAR), DUTCH.date(typed));
    }

    /** No calendar runs ahead of the Gregorian one: a date far ahead is left to the question's own constraint. */
    @Test
    void datesFarAheadAreDatesForTheConstraintToJudge() {
        assertEquals(Parsed.of(LocalDate.of(2099, 1, 1)), DUTCH.date("2099-01-01"));
    }

    @Test
    void datesAtTheEdgesOfThePlausibleRange() {
        assertEquals(Parsed.of(LocalDate.of(1900, 1, 1)), DUTCH.date("01-01-1900"));
        assertEquals(Parsed.of(LocalDate.of(2074, 12, 31)), DUTCH.date("2074-12-31"));
    }

    // ---------------------------------------------------------------------------------------------
    // Text
    // ---------------------------------------------------------------------------------------------

    @Test
    void lineBreaksCountOnce() {
        // a browser sends CRLF; its maxlength counted one per line break
        String typed = "a".repeat(999) + "\r\n" + "b".repeat(1000);
        Parsed<String> text = DUTCH.text(typed);
        assertEquals(Parsed.of("a".repeat(999) + "\n" + "b".repeat(1000)), text);
        assertEquals(Parsed.of("een\ntwee\ndrie"), DUTCH.text("een\rtwee\r\ndrie"));
    }

    @Test
    void lengthIsCountedInCharactersAsPeopleSeeThem() {
        // 2000 emoji are 4000 UTF-16 units; a browser's maxlength would stop earlier, never later
        String emoji = "\uD83D\uDE00".repeat(TypedInput.MAX_TEXT_LENGTH);
        assertEquals(Parsed.of(emoji), DUTCH.text(emoji));
        assertEquals(Parsed.refused(InputProblem.TOO_LONG), DUTCH.text(emoji + "x"));
    }

    @Test
    void controlCharactersUnpairedSurrogatesAndNoncharactersAreDropped() {
        assertEquals("ab", TypedInput.clean("a\u0000b"));
        assertEquals("a\tb\nc", TypedInput.clean("a\tb\r\nc\u0007\u001B\u007F\u0085"));
        assertEquals("ab", TypedInput.clean("a\uD800b\uDC00"));
        assertEquals("ab", TypedInput.clean("a\uFFFEb\uFDD0\uFFFF"));
        assertEquals("\uD83D\uDE00 é ٣ ሰላም", TypedInput.clean("\uD83D\uDE00 é ٣ ሰላም"));
        assertEquals(Parsed.of("Goed"), DUTCH.text("\u0000 Goed \u0000"));
    }

    @Test
    void normalizeGivesWesternDigitsAndAPlainMinus() {
        assertEquals("-34\u066B5", TypedInput.normalize("\u200F\u2212٣٤\u066B٥ "));
        assertEquals("1234", TypedInput.normalize("۱ ۲۳۴"));
    }

    @Test
    void noBreakSpacesAreIgnoredLikeSpaces() {
        assertNumber("1000", DUTCH.integer("1\u00A0000"));
        assertNumber("1000", DUTCH.integer("1\u202F000"));
        assertNumber("1250.5", DUTCH.decimal("1\u00A0250,5", null));
    }

    private static void assertNumber(String expected, Parsed<BigDecimal> actual) {
        assertNumber(expected, actual, "");
    }

    private static void assertNumber(String expected, Parsed<BigDecimal> actual, String why) {
        assertTrue(actual.value().isPresent(), () -> "not read as a number: " + actual.problem() + " " + why);
        assertEquals(0, new BigDecimal(expected).compareTo(actual.value().get()),
                () -> expected + " but was " + actual.value().get() + " " + why);
    }
}
