package nl.stemmen.export.sav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads our files back with GNU PSPP's command line, the independent reader of the format. A missing
 * pspp fails the test (./test.sh installs it): CI must check the files, never skip.
 */
public final class Pspp {

    private Pspp() {
    }

    /** Runs {@code syntax} in {@code dir}; returns PSPP's CSV output. Fails on an error or warning. */
    public static String run(Path dir, String syntax) throws IOException, InterruptedException {
        Files.writeString(dir.resolve("check.sps"), syntax);
        Process pspp;
        try {
            pspp = new ProcessBuilder("pspp", "-o", "out.csv", "-O", "format=csv", "check.sps")
                    .directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        } catch (IOException notInstalled) {
            return fail("pspp is not installed; ./test.sh installs it (apt-get install -y -q pspp)", notInstalled);
        }
        if (!pspp.waitFor(5, TimeUnit.MINUTES)) {
            pspp.destroyForcibly();
            fail("pspp did not finish in 5 minutes");
        }
        String output = Files.readString(dir.resolve("out.csv"), StandardCharsets.UTF_8);
        assertEquals(0, pspp.exitValue(), output);
        assertFalse(output.contains("warning:") || output.contains("error:"), output);
        return output;
    }

    /** The lines of the first table titled {@code title} in {@link #run} output, without the title. */
    public static List<String> table(String output, String title) {
        List<String> lines = output.lines().toList();
        int start = lines.indexOf("Table: " + title);
        if (start < 0) {
            return fail("no table " + title + " in\n" + output);
        }
        List<String> table = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).isEmpty(); i++) {
            table.add(lines.get(i));
        }
        return table;
    }

    /** The rows of a CSV file PSPP wrote with SAVE TRANSLATE, fields unquoted. */
    public static List<List<String>> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        return rows;
    }
}
