package nl.stemmen.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The engine is a library: no web, database or framework imports, so any front end can share it. */
class EngineIndependenceTest {

    private static final Pattern FORBIDDEN = Pattern.compile(
            "^import (static )?(jakarta\\.|javax\\.|io\\.quarkus|io\\.vertx|org\\.hibernate|java\\.sql|nl\\.stemmen\\.(respond|language)).*",
            Pattern.MULTILINE);

    @Test
    void engineImportsNoWebOrDatabaseCode() throws IOException {
        Path engine = Path.of("src/main/java/nl/stemmen/questionnaire");
        List<String> offending;
        try (Stream<Path> files = Files.walk(engine)) {
            offending = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(engine.resolve("catalog")))
                    .filter(f -> FORBIDDEN.matcher(read(f)).find())
                    .map(Path::toString).toList();
        }
        assertEquals(List.of(), offending);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
