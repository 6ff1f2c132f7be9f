package nl.stemmen.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The engine, the sample-frame reader and the monitor's raking are libraries: no web, database or framework imports, so
 * any front end (and any test) can use them without starting Stemmen.
 */
class EngineIndependenceTest {

    private static final Pattern FORBIDDEN = Pattern.compile(
            "^import (static )?(jakarta\\.|javax\\.|io\\.quarkus|io\\.vertx|org\\.hibernate|java\\.sql|nl\\.stemmen\\.(respond|language)).*",
            Pattern.MULTILINE);

    @Test
    void engineImportsNoWebOrDatabaseCode() throws IOException {
        assertEquals(List.of(), offending(Path.of("src/main/java/nl/stemmen/questionnaire")));
    }

    @Test
    void sampleFrameReaderImportsNoWebOrDatabaseCode() throws IOException {
        assertEquals(List.of(), offending(Path.of("src/main/java/nl/stemmen/study/frame")));
    }

    @Test
    void rakingImportsNoWebOrDatabaseCode() throws IOException {
        assertEquals(List.of(), offending(Path.of("src/main/java/nl/stemmen/monitor/weighting")));
    }

    private static List<String> offending(Path library) throws IOException {
        try (Stream<Path> files = Files.walk(library)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> FORBIDDEN.matcher(read(f)).find())
                    .map(Path::toString).toList();
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
