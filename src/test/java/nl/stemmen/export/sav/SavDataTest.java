package nl.stemmen.export.sav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileOutputStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cases PSPP reads back, value by value, through its SAVE TRANSLATE to CSV. */
class SavDataTest {

    /** 3000 characters of Arabic (2 bytes each, spaces 1): a long open answer, split across segments mid-character. */
    private static final String ARABIC = "رأيي في الخدمة جيد جداً، شكراً لكم ".repeat(100).substring(0, 2999) + "ز";
    /** 4000 Ge'ez characters of 3 bytes: exactly 12000 bytes, the full width. */
    private static final String TIGRINYA = "ሰላምከመይኣለኹም".repeat(400);

    @TempDir
    Path dir;

    private final List<SavVariable> variables = List.of(
            SavVariable.numeric("id", null),
            SavVariable.numeric("score", null),
            SavVariable.string("naam", null, 8),
            SavVariable.string("w9", null, 9),
            SavVariable.string("w255", null, 255),
            SavVariable.string("w256", null, 256),
            SavVariable.string("open_antwoord", null, 12000),
            SavVariable.string("ttl", null, 12000),
            SavVariable.string("widest", null, SavVariable.MAX_WIDTH));

    @Test
    void psppReadsBackNumbersSystemMissingAndStringsOfEveryWidth() throws Exception {
        List<Object[]> cases = List.of(
                new Object[] {1.0, 3.25, "Jan", "abcdefghi", "a".repeat(255), "b".repeat(255) + "c", ARABIC, TIGRINYA,
                    "x".repeat(SavVariable.MAX_WIDTH - 1) + "y"},
                new Object[] {null, -1e300, null, "", null, null, "كوتاه", "ሓጺር", null},
                new Object[] {151.0, -99.0, "ሰላ", "ت", "", "", "", "", "z"},
                new Object[] {152.0, -100.0, "12345678", "tab\there", " leading", "a\"quote", "comma, here", "x", ""},
                new Object[] {0.5, Double.NaN, "", "", "", "", "", "", ""},
                new Object[] {0.0, 1e15, "", "", "", "", "", "", ""});
        try (SavWriter writer = new SavWriter(new FileOutputStream(dir.resolve("x.sav").toFile()), null, variables)) {
            for (Object[] values : cases) {
                writer.writeCase(values);
            }
        }

        Pspp.run(dir, "GET FILE='x.sav'.\nSAVE TRANSLATE /OUTFILE='data.csv' /TYPE=CSV /FIELDNAMES /CELLS=VALUES.\n");
        List<List<String>> rows = Pspp.csv(dir.resolve("data.csv"));

        assertEquals(variables.stream().map(SavVariable::name).toList(), rows.get(0));
        assertEquals(cases.size(), rows.size() - 1);
        for (int c = 0; c < cases.size(); c++) {
            for (int v = 0; v < variables.size(); v++) {
                assertValue(cases.get(c)[v], rows.get(c + 1).get(v), "case " + (c + 1) + " " + variables.get(v).name());
            }
        }
    }

    @Test
    void aRefusedCaseWritesNothing() throws Exception {
        List<SavVariable> two = List.of(SavVariable.numeric("n", null), SavVariable.string("s", null, 4));
        try (SavWriter writer = new SavWriter(new FileOutputStream(dir.resolve("x.sav").toFile()), null, two)) {
            writer.writeCase(new Object[] {1, "ok"});
            assertTrue(assertThrows(IllegalArgumentException.class, () -> writer.writeCase(new Object[] {2.0}))
                    .getMessage().contains("2 values"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> writer.writeCase(new Object[] {"2", "x"}))
                    .getMessage().contains("n is numeric"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> writer.writeCase(new Object[] {2.0, 2.0}))
                    .getMessage().contains("s is a string"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> writer.writeCase(new Object[] {2.0, "ሰላ"}))
                    .getMessage().contains("s holds 4 bytes, the value has 6"));
            writer.writeCase(new Object[] {3L, "last"});
        }

        Pspp.run(dir, "GET FILE='x.sav'.\nSAVE TRANSLATE /OUTFILE='data.csv' /TYPE=CSV /CELLS=VALUES.\n");

        assertEquals(List.of(List.of("1", "ok"), List.of("3", "last")), Pspp.csv(dir.resolve("data.csv")));
    }

    @Test
    void noCaseAfterClose() throws Exception {
        SavWriter writer = new SavWriter(new FileOutputStream(dir.resolve("x.sav").toFile()), null,
                List.of(SavVariable.numeric("n", null)));
        writer.close();

        assertThrows(IllegalStateException.class, () -> writer.writeCase(new Object[] {1.0}));
    }

    /** Numbers compare as numbers (blank = system-missing); strings lose trailing spaces only, as in SPSS. */
    private static void assertValue(Object written, String read, String where) {
        if (written instanceof String text) {
            assertEquals(text.stripTrailing(), read, where);
        } else if (written == null || ((Double) written).isNaN()) {
            assertTrue(read.isBlank(), where + ": null and NaN are system-missing or empty, read " + read);
        } else {
            assertEquals((Double) written, Double.parseDouble(read), where);
        }
    }
}
