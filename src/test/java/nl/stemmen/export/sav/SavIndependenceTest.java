package nl.stemmen.export.sav;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The writer is plain Java (only java.* imports), so anything can reuse it without Quarkus or a database. */
class SavIndependenceTest {

    private static final Pattern FOREIGN_IMPORT = Pattern.compile("^import (static )?+(?!java\\.)", Pattern.MULTILINE);

    @Test
    void importsNothingButTheJavaLibrary() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/nl/stemmen/export/sav"))) {
            List<String> offending = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> FOREIGN_IMPORT.matcher(read(f)).find()).map(Path::toString).toList();
            assertEquals(List.of(), offending);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
