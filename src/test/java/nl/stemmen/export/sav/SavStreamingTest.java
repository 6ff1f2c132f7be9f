package nl.stemmen.export.sav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cases stream: bytes leave as cases arrive, and memory does not grow with the number of cases. */
class SavStreamingTest {

    /** A whole number -99..151 compresses to 1 command byte, 8 non-blank bytes to a command and themselves. */
    static final List<SavVariable> VARIABLES =
            List.of(SavVariable.numeric("id", null), SavVariable.string("code", null, 8));
    /** 4 cases fill a block: 8 command bytes and 4 × 8 string bytes. */
    static final int BYTES_PER_CASE = 10;

    @TempDir
    Path dir;

    @Test
    void theFileIsTheDictionaryPlusTenBytesACaseAndLeavesAsItIsWritten() throws IOException {
        long dictionary = dictionaryBytes();
        Counting out = new Counting(OutputStream.nullOutputStream());
        int n = 200_000;
        try (SavWriter writer = new SavWriter(out, "stream", VARIABLES)) {
            for (int i = 0; i < n; i++) {
                writer.writeCase(streamedCase(i));
                if (i % 10_000 == 9_999) {
                    long due = dictionary + (long) (i + 1) * BYTES_PER_CASE;
                    assertTrue(out.count > due - 64 * 1024 - 72, "only the 64 KiB buffer and one block wait, after "
                            + (i + 1) + " cases " + out.count + " of " + due + " bytes went out");
                }
            }
            assertEquals(n, writer.cases());
        }
        assertEquals(dictionary + (long) n * BYTES_PER_CASE, out.count);
    }

    @Test
    void aMillionCasesStreamThroughASixteenMegabyteHeap() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // only the writer's and this test's classes: the whole test class path costs the small heap its room
        String classPath = Path.of(SavWriter.class.getProtectionDomain().getCodeSource().getLocation().toURI()) + File.pathSeparator
                + Path.of(MillionCases.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Process child = new ProcessBuilder(java.toString(), "-Xmx16m", "-cp", classPath, MillionCases.class.getName())
                .redirectErrorStream(true).start();
        assertTrue(child.waitFor(2, TimeUnit.MINUTES), "a million cases take under 2 minutes");
        String output = new String(child.getInputStream().readAllBytes()).trim();

        assertEquals(0, child.exitValue(), output);
        assertEquals(Long.toString(dictionaryBytes() + 1_000_000L * BYTES_PER_CASE), output);
    }

    @Test
    void psppReadsEveryOneOf200000CasesFromAStreamWithoutACount() throws Exception {
        List<SavVariable> variables = List.of(SavVariable.numeric("id", null), SavVariable.numeric("half", null),
                SavVariable.string("code", null, 8));
        int n = 200_000;
        try (SavWriter writer = new SavWriter(new BufferedOutputStream(Files.newOutputStream(dir.resolve("x.sav"))),
                null, variables)) {
            for (int i = 0; i < n; i++) {
                writer.writeCase(new Object[] {(double) i, i % 7 == 0 ? null : i / 2.0, "r" + i});
            }
        }

        String output = Pspp.run(dir, "GET FILE='x.sav'.\nSHOW N.\n"
                + "SAVE TRANSLATE /OUTFILE='data.csv' /TYPE=CSV /CELLS=VALUES.\n");
        List<List<String>> rows = Pspp.csv(dir.resolve("data.csv"));

        assertTrue(output.contains("N is " + n + "."), output);
        assertEquals(n, rows.size());
        for (int i = 0; i < n; i++) {
            List<String> row = rows.get(i);
            assertEquals(i, Double.parseDouble(row.get(0)), "id of case " + i);
            if (i % 7 == 0) {
                assertEquals(" ", row.get(1), "half of case " + i + " is system-missing");
            } else {
                assertEquals(i / 2.0, Double.parseDouble(row.get(1)), "half of case " + i);
            }
            assertEquals("r" + i, row.get(2), "code of case " + i);
        }
    }

    static Object[] streamedCase(int i) {
        return new Object[] {(double) (i % 251 - 99), "r" + i};
    }

    private static long dictionaryBytes() throws IOException {
        ByteArrayOutputStream dictionary = new ByteArrayOutputStream();
        new SavWriter(dictionary, "stream", VARIABLES).close();
        return dictionary.size();
    }

    /** Writes a million cases to a counting stream and prints the byte count; run with a small heap. */
    static final class MillionCases {
        public static void main(String[] args) throws IOException {
            Counting out = new Counting(OutputStream.nullOutputStream());
            try (SavWriter writer = new SavWriter(out, "stream", VARIABLES)) {
                for (int i = 0; i < 1_000_000; i++) {
                    writer.writeCase(streamedCase(i));
                }
            }
            System.out.println(out.count);
        }
    }

    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            count++;
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
            out.write(b, off, len);
        }
    }
}
