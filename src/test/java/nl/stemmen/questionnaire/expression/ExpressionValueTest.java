package nl.stemmen.questionnaire.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Value} conversions used by expressions. */
class ExpressionValueTest {

    @ParameterizedTest(name = "{0} → \"{1}\"")
    @CsvSource({
        "3.0, 3",
        "2.5, 2.5",
        "-0.0, 0",
        "0.1, 0.1",
        "1e20, 100000000000000000000",
        "-12.25, -12.25",
    })
    void numbersPrintWithoutNeedlessDecimals(double number, String text) {
        assertEquals(text, Value.ofNumber(number).asString());
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(value = {
        "42|42",
        "' -.5 '|-0.5",
        "5.|5",
        "+5|NaN",
        "1e3|NaN",
        "4,5|NaN",
        "''|NaN",
        "twaalf|NaN",
    }, delimiter = '|')
    void stringsAreNumbersOnlyInXPathNumberForm(String text, double number) {
        assertEquals(number, Value.ofString(text).asNumber());
    }

    @Test
    void readsIsoDatesFromStrings() {
        LocalDate date = LocalDate.of(2024, 6, 15);
        assertEquals(Optional.of(date), Value.ofString("2024-06-15").asDate());
        assertEquals(Optional.of(date), Value.ofString("2024-06-15T10:30:00").asDate());
        assertEquals(Optional.of(date), Value.ofDate(date).asDate());
        assertEquals(Optional.empty(), Value.ofString("2024-02-30").asDate());
        assertEquals(Optional.empty(), Value.ofString("15-06-2024").asDate());
        assertEquals(Optional.empty(), Value.ofString("2024-06-150").asDate());
        assertEquals(Optional.empty(), Value.ofNumber(19889).asDate());
    }

    @Test
    void choicesReadFromListsAndSpaceSeparatedStrings() {
        assertEquals(List.of("a", "b"), Value.ofChoices(List.of("a", "b")).asChoices());
        assertEquals(List.of("a", "b"), Value.ofString(" a  b ").asChoices());
        assertEquals(List.of(), Value.EMPTY.asChoices());
    }

    @Test
    void choicesAreCopied() {
        List<String> names = new ArrayList<>(List.of("a"));
        Value value = Value.ofChoices(names);
        names.add("b");
        assertEquals("a", value.asString());
        assertThrows(UnsupportedOperationException.class, () -> value.asChoices().add("c"));
    }

    @Test
    void emptyMeansNoText() {
        assertTrue(Value.EMPTY.isEmpty());
        assertTrue(Value.ofString("").isEmpty());
        assertTrue(Value.ofChoices(List.of()).isEmpty());
        assertFalse(Value.ofNumber(Double.NaN).isEmpty());
        assertFalse(Value.FALSE.isEmpty());
    }

    @Test
    void equalityIsByTypeAndContent() {
        assertEquals(Value.ofNumber(Double.NaN), Value.ofNumber(Double.NaN));
        assertEquals(Value.ofChoices(List.of("a")).hashCode(), Value.ofChoices(List.of("a")).hashCode());
        assertNotEquals(Value.ofString("1"), Value.ofNumber(1));
        assertNotEquals(Value.ofString("a"), Value.ofChoices(List.of("a")));
    }
}
