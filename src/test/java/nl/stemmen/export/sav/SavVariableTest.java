package nl.stemmen.export.sav;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dictionary's rules, refused with a message naming what is wrong. */
class SavVariableTest {

    @ParameterizedTest
    @ValueSource(strings = {"1q", "_q", "$q", "#q", "@q", "q 1", "q-1", "q1.", "BY", "with", "And",
        "axxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void badNamesAreRefusedByName(String name) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SavVariable.numeric(name, null));

        assertTrue(refused.getMessage().contains("'" + name + "'"), refused.getMessage());
        assertFalse(SavVariable.isValidName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"q1", "Q1_a.b@c#d$e", "withdrawn", "BYE", "سؤال_١", "ሕቶ", "ä",
        "axxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void goodNamesPass(String name) {
        assertEquals(name, SavVariable.numeric(name, null).name());
        assertTrue(SavVariable.isValidName(name));
    }

    @Test
    void namesCountBytesNotCharacters() {
        assertTrue(SavVariable.isValidName("ሕ".repeat(21))); // 63 bytes
        assertFalse(SavVariable.isValidName("ሕ".repeat(22))); // 66 bytes
    }

    @Test
    void namesMustDifferInMoreThanCase() {
        List<SavVariable> twice = List.of(SavVariable.numeric("Leeftijd", null), SavVariable.string("LEEFTIJD", null, 3));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new SavWriter(new ByteArrayOutputStream(), null, twice));

        assertEquals("variable name 'LEEFTIJD' repeats 'Leeftijd' (names are compared case-insensitively)",
                refused.getMessage());
    }

    @Test
    void aFileNeedsAVariable() {
        assertThrows(IllegalArgumentException.class, () -> new SavWriter(new ByteArrayOutputStream(), null, List.of()));
    }

    @Test
    void widthIsZeroOrOneTo32767() {
        assertThrows(IllegalArgumentException.class, () -> SavVariable.string("s", null, 32768));
        assertThrows(IllegalArgumentException.class, () -> SavVariable.string("s", null, -1));
        assertEquals(32767, SavVariable.string("s", null, 32767).width());
    }

    @Test
    void stringsTakeNeitherValueLabelsNorMissingValues() {
        IllegalArgumentException labels = assertThrows(IllegalArgumentException.class,
                () -> new SavVariable("s", null, 4, Map.of(1.0, "one"), null));
        assertThrows(IllegalArgumentException.class, () -> new SavVariable("s", null, 4, null, MissingValues.of(1)));

        assertTrue(labels.getMessage().startsWith("variable s:"), labels.getMessage());
    }

    @Test
    void valueLabelsNeedANumberAndAText() {
        assertThrows(IllegalArgumentException.class,
                () -> new SavVariable("q", null, 0, Map.of(Double.NaN, "not a number"), null));
        assertThrows(IllegalArgumentException.class,
                () -> new SavVariable("q", null, 0, Collections.singletonMap(1.0, null), null));
    }

    @Test
    void missingValuesFitTheVariableRecord() {
        assertThrows(IllegalArgumentException.class, () -> MissingValues.of(1, 2, 3, 4));
        assertThrows(IllegalArgumentException.class, () -> new MissingValues(List.of(1.0, 2.0), 5.0, 9.0));
        assertThrows(IllegalArgumentException.class, () -> MissingValues.range(9, 5));
        assertThrows(IllegalArgumentException.class, () -> new MissingValues(List.of(), 5.0, null));
        assertThrows(IllegalArgumentException.class, () -> MissingValues.of(Double.NaN));

        assertEquals(3, MissingValues.of(-9, -8, -7).code());
        assertEquals(-2, MissingValues.range(90, 99).code());
        assertEquals(-3, MissingValues.rangeAnd(90, 99, -1).code());
        assertEquals(List.of(-Double.MAX_VALUE, 0.0, -1.0),
                MissingValues.rangeAnd(Double.NEGATIVE_INFINITY, 0, -1).fileValues());
        assertTrue(new MissingValues(null, null, null).isEmpty());
    }

    @Test
    void textIsCutBetweenCharactersOnly() {
        String text = "aé😀ሕ"; // 1, 2, 4 and 3 bytes

        assertEquals("aé", new String(Utf8.truncate(text, 6), StandardCharsets.UTF_8));
        assertEquals("aé😀", new String(Utf8.truncate(text, 9), StandardCharsets.UTF_8));
        assertArrayEquals(Utf8.bytes(text), Utf8.truncate(text, 10));
        assertEquals(0, Utf8.truncate("😀", 3).length);
    }
}
