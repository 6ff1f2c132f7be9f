package nl.stemmen.xlsform;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.stemmen.questionnaire.load.LoadProblem;
import nl.stemmen.questionnaire.load.QuestionnaireFileException;
import nl.stemmen.questionnaire.load.QuestionnaireLoader;
import nl.stemmen.questionnaire.load.SourceText;
import nl.stemmen.questionnaire.model.Questionnaire;
import nl.stemmen.questionnaire.translation.PoFile;
import nl.stemmen.questionnaire.translation.Translation;

/**
 * The {@code ./stemmen xlsform} command for people who keep questionnaires in git; a plain main class that starts
 * no server (docs/xlsform.md):
 * <pre>
 * xlsform import form.xlsx [--out questionnaires/]   writes &lt;out&gt;/&lt;id&gt;.yaml and translations/&lt;id&gt;/&lt;lang&gt;.po
 * xlsform export &lt;id&gt; out.xlsx [--questionnaires questionnaires/] [--translations translations/]
 * </pre>
 * Translations go to the {@code translations} directory beside the questionnaires directory. Exit code 0 when done,
 * 1 when the workbook or questionnaire has problems (nothing is written), 2 for a wrong command line.
 */
public final class XlsformCommand {

    private final PrintStream out;
    private final PrintStream err;

    /** A command that prints what it does to {@code out} and warnings, problems and usage to {@code err}. */
    public XlsformCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs {@code args} (without the leading "xlsform") and exits with the command's exit code. */
    public static void main(String[] args) {
        System.exit(new XlsformCommand(System.out, System.err).run(args));
    }

    /**
     * Runs one command.
     *
     * @param args {@code import <file> [--out dir]} or {@code export <id> <file> [--questionnaires dir] [--translations dir]}
     * @return the exit code: 0 done, 1 problems (nothing written), 2 a wrong command line
     */
    public int run(String[] args) {
        List<String> plain = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                plain.add(args[i]);
            }
        }
        try {
            if (plain.size() == 2 && plain.get(0).equals("import") && List.of("out").containsAll(options.keySet())) {
                return importForm(Path.of(plain.get(1)), Path.of(options.getOrDefault("out", "questionnaires")));
            }
            if (plain.size() == 3 && plain.get(0).equals("export")
                    && List.of("questionnaires", "translations").containsAll(options.keySet())) {
                return exportForm(plain.get(1), Path.of(plain.get(2)),
                        Path.of(options.getOrDefault("questionnaires", "questionnaires")),
                        Path.of(options.getOrDefault("translations", "translations")));
            }
        } catch (IOException e) {
            err.println("problem: " + e.getMessage());
            return 1;
        }
        err.println("usage: stemmen xlsform import <form.xlsx> [--out questionnaires/]");
        err.println("       stemmen xlsform export <id> <out.xlsx> [--questionnaires questionnaires/]"
                + " [--translations translations/]");
        return 2;
    }

    private int importForm(Path workbook, Path outDir) throws IOException {
        if (!Files.isRegularFile(workbook)) {
            err.println("problem: " + workbook + " is not a file");
            return 1;
        }
        XlsformResult result = new XlsformImport().convert(Files.readAllBytes(workbook),
                workbook.getFileName().toString());
        result.warnings().forEach(w -> err.println("warning: " + w));
        result.problems().forEach(p -> err.println("problem: " + p));
        if (!result.ok()) {
            err.println(result.problems().size() + " problem" + (result.problems().size() == 1 ? "" : "s") + " in "
                    + workbook + ": nothing written");
            return 1;
        }
        Path yaml = outDir.resolve(result.id() + ".yaml");
        versionWarning(yaml, result.yaml());
        Files.createDirectories(outDir);
        Files.writeString(yaml, result.yaml(), StandardCharsets.UTF_8);
        out.println("wrote " + yaml);
        Path translations = (outDir.getParent() == null ? Path.of("translations")
                : outDir.getParent().resolve("translations")).resolve(result.id());
        for (Map.Entry<String, String> po : result.translations().entrySet()) {
            Files.createDirectories(translations);
            Path file = translations.resolve(po.getKey() + ".po");
            Files.writeString(file, po.getValue(), StandardCharsets.UTF_8);
            out.println("wrote " + file);
        }
        return 0;
    }

    /** Stemmen refuses a changed file with a version already used by responses: say so before it happens. */
    private void versionWarning(Path existing, String yaml) {
        if (!Files.isRegularFile(existing)) {
            return;
        }
        try {
            QuestionnaireLoader loader = new QuestionnaireLoader();
            String before = SourceText.read(existing.toString(), existing);
            int was = loader.load(existing.toString(), before).version();
            if (was == loader.load(existing.toString(), yaml).version() && !before.equals(yaml)) {
                err.println("warning: " + existing + " had version " + was + " too; once responses exist, raise"
                        + " version in the settings sheet, or Stemmen refuses the changed file");
            }
        } catch (QuestionnaireFileException | IOException e) {
            // the old file was broken or unreadable: it is replaced, nothing to compare
        }
    }

    private int exportForm(String id, Path workbook, Path questionnaires, Path translationsDir) throws IOException {
        Path file = questionnaires.resolve(id + ".yaml");
        if (!Files.isRegularFile(file)) {
            err.println("problem: there is no " + file);
            return 1;
        }
        Questionnaire questionnaire;
        try {
            questionnaire = new QuestionnaireLoader().load(file.toString(), SourceText.read(file.toString(), file));
        } catch (QuestionnaireFileException e) {
            e.problems().forEach(p -> err.println("problem: " + p));
            return 1;
        }
        Map<String, Translation> translations = new LinkedHashMap<>();
        for (String language : questionnaire.translations()) {
            Path po = translationsDir.resolve(id).resolve(language + ".po");
            if (!Files.isRegularFile(po)) {
                err.println("warning: there is no " + po + ": its columns stay empty");
                continue;
            }
            List<LoadProblem> problems = new ArrayList<>();
            try {
                translations.put(language, new Translation(language,
                        PoFile.parse(po.toString(), SourceText.read(po.toString(), po), problems).entries()));
            } catch (QuestionnaireFileException e) {
                problems.addAll(e.problems());
            }
            problems.forEach(p -> err.println("warning: " + p + " (that text is left out)"));
        }
        Files.write(workbook, new XlsformExport().export(questionnaire, translations));
        out.println("wrote " + workbook);
        return 0;
    }
}
