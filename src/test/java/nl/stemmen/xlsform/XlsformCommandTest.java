package nl.stemmen.xlsform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.stemmen.questionnaire.load.QuestionnaireLoader;
import nl.stemmen.questionnaire.model.Questionnaire;

/** {@code ./stemmen xlsform import|export} in a directory laid out as a git repository of questionnaires. */
class XlsformCommandTest {

    @TempDir
    Path repo;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new XlsformCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void importWritesTheQuestionnaireAndItsTranslationsAndExportGivesTheWorkbookBack() throws Exception {
        Path form = repo.resolve("buurt.xlsx");
        Files.write(form, XlsformImportTest.neighbourhood());
        Path questionnaires = repo.resolve("questionnaires");
        assertEquals(0, run("import", form.toString(), "--out", questionnaires.toString()), err.toString());
        Path yaml = questionnaires.resolve("buurt-onderzoek-2026.yaml");
        Path po = repo.resolve("translations/buurt-onderzoek-2026/en.po");
        assertEquals("wrote " + yaml + "\nwrote " + po + "\n", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("warning: survey row 2, column A (type): 'start' left out"));
        Questionnaire imported = new QuestionnaireLoader().load(yaml.toString(), Files.readString(yaml));

        Path back = repo.resolve("terug.xlsx");
        assertEquals(0, run("export", "buurt-onderzoek-2026", back.toString(), "--questionnaires", questionnaires.toString(),
                "--translations", repo.resolve("translations").toString()), err.toString());
        XlsformResult again = new XlsformImport().convert(Files.readAllBytes(back));
        assertEquals(XlsformRoundTripTest.described(imported),
                XlsformRoundTripTest.described(new QuestionnaireLoader().load("x.yaml", again.yaml())));
        assertEquals(Files.readString(po), again.translations().get("en"), "the translation comes back whole");

        assertEquals(0, run("import", form.toString(), "--out", questionnaires.toString()));
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("raise version"), "the same file again: nothing to raise");
    }

    @Test
    void aWorkbookWithProblemsWritesNothingAndExitsWithOne() throws Exception {
        Path form = repo.resolve("haast.xlsx");
        Files.write(form, XlsformImportTest.mistakes());
        assertEquals(1, run("import", form.toString(), "--out", repo.resolve("questionnaires").toString()));
        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("problem: survey row 3, column E (required): required should be yes or no"), printed);
        assertTrue(printed.contains("problem: settings row 2, column B (version)"), printed);
        assertTrue(printed.endsWith("8 problems in " + form + ": nothing written\n"), printed);
        assertFalse(Files.exists(repo.resolve("questionnaires")));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aWrongCommandLineSaysHowItGoes() {
        assertEquals(2, run("importeer", "x.xlsx"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: stemmen xlsform import"));
        assertEquals(1, run("export", "bestaat-niet", repo.resolve("x.xlsx").toString(), "--questionnaires", repo.toString()));
        assertEquals(List.of("problem: there is no " + repo.resolve("bestaat-niet.yaml")),
                err.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
