package nl.stemmen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import nl.stemmen.questionnaire.load.LoadProblem;

/** Started from a directory without questionnaires/, Stemmen says so loudly, with the full path it looked in. */
class MissingDirectoryTest {

    @Test
    void aMissingQuestionnaireDirectoryIsAWarningWithItsAbsolutePath() {
        Path missing = Path.of("target/nowhere/questionnaires");
        QuestionnaireCatalog catalog = new QuestionnaireCatalog(new CatalogConfig() {
            @Override
            public String questionnairesDir() {
                return missing.toString();
            }

            @Override
            public String translationsDir() {
                return "target/nowhere/translations";
            }

            @Override
            public Duration refreshInterval() {
                return Duration.ofSeconds(5);
            }
        });
        List<String> warnings = new ArrayList<>();
        Logger log = Logger.getLogger(QuestionnaireCatalog.class.getName());
        Level before = log.getLevel();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(String.format(record.getMessage(), record.getParameters()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.setLevel(Level.ALL);
        log.setUseParentHandlers(false); // expected: keep it out of the test output
        log.addHandler(capture);
        try {
            catalog.reload();
        } finally {
            log.removeHandler(capture);
            log.setUseParentHandlers(true);
            log.setLevel(before);
        }
        String absolute = missing.toAbsolutePath().normalize().toString();
        assertEquals(List.of(new LoadProblem(absolute, 0, "the questionnaire directory does not exist")), catalog.problems());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("Stemmen serves NO questionnaires") && w.contains(absolute)),
                warnings.toString());
    }
}
