package nl.stemmen.questionnaire.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers and dates as respondents type them, in any script. Invisible characters are written as
 * Java escapes: U+200F/U+200E right-to-left/left-to-right mark, U+061C Arabic letter mark, U+2212
 * minus sign, U+2013 en dash, U+066B Arabic decimal separator.
 */
class TypedInputTest {

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
        assertNumber(expected, TypedInput.integer(typed));
    }

    @ParameterizedTest(name = "not an integer: ''{0}''")
    @ValueSource(strings = { "", "   ", "12a", "a12", "1.5", "1,5", "1٫5", "1.2.3", "--5", "5-", "-", "1e3",
            "1234567890123456", "٣٤x", "twaalf", "1/2" })
    void notIntegers(String typed) {
        assertEquals(Optional.empty(), TypedInput.integer(typed));
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
        assertNumber(expected, TypedInput.decimal(typed));
    }

    @ParameterizedTest(name = "not a decimal: ''{0}''")
    @ValueSource(strings = { "", "12a", "1.2.3", "1,2,3", "1,5.5", "1.1234567", "1234567890123456", "1,5 kg",
            "--1", "1٫٥٫٣", "abc", "." })
    void notDecimals(String typed) {
        assertEquals(Optional.empty(), TypedInput.decimal(typed));
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
        assertEquals(Optional.of(expected), TypedInput.date(typed));
    }

    @ParameterizedTest(name = "not a date: ''{0}''")
    @ValueSource(strings = { "", "31-02-2024", "29-02-2023", "2024-02-30", "2024-13-01", "32-01-2024",
            "00-01-2024", "31-12-24", "12-2024", "2024-12-31T10:00", "morgen", "31 december 2024", "۳۱-۰۲-۲۰۲۴" })
    void notDates(String typed) {
        assertEquals(Optional.empty(), TypedInput.date(typed));
    }

    @Test
    void normalizeGivesWesternDigitsAPointAndAPlainMinus() {
        assertEquals("-34.5", TypedInput.normalize("\u200F\u2212٣٤\u066B٥ "));
        assertEquals("1234", TypedInput.normalize("۱ ۲۳۴"));
    }

    @Test
    void noBreakSpacesAreIgnoredLikeSpaces() {
        assertNumber("1000", TypedInput.integer("1\u00A0000"));
        assertNumber("1000", TypedInput.integer("1\u202F000"));
        assertNumber("1250.5", TypedInput.decimal("1\u00A0250,5"));
    }

    private static void assertNumber(String expected, Optional<BigDecimal> actual) {
        assertTrue(actual.isPresent(), "not read as a number");
        assertEquals(0, new BigDecimal(expected).compareTo(actual.get()), () -> expected + " but was " + actual.get());
    }
}
