package nl.stemmen.xlsform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.stemmen.language.Language;
import nl.stemmen.questionnaire.expression.Expression;
import nl.stemmen.questionnaire.load.LoadProblem;
import nl.stemmen.questionnaire.load.QuestionnaireFileException;
import nl.stemmen.questionnaire.load.QuestionnaireLoader;
import nl.stemmen.questionnaire.model.Choice;
import nl.stemmen.questionnaire.model.Page;
import nl.stemmen.questionnaire.model.Question;
import nl.stemmen.questionnaire.model.Questionnaire;
import nl.stemmen.questionnaire.translation.PoFile;
import nl.stemmen.questionnaire.translation.Translation;

/**
 * Exporting a questionnaire to XLSForm and importing the workbook gives the same questionnaire: every page, question,
 * condition, choice and text, and every current translation, for the demo and every loadable test questionnaire.
 */
class XlsformRoundTripTest {

    private final QuestionnaireLoader loader = new QuestionnaireLoader();

    @Test
    void theDemoComesBackTheSameInAllSixLanguages() throws Exception {
        Path demo = Path.of("questionnaires/thuis-in-de-stad.yaml");
        Questionnaire back = roundTrip(demo, Path.of("translations"));
        assertEquals(List.of("en", "ar", "tr", "fa", "ti"), back.translations());
    }

    @Test
    void choiceFiltersRowConditionsExclusiveOptionsOtherAndRangesComeBack() throws Exception {
        Questionnaire back = roundTrip(Path.of("src/test/resources/xlsform/questionnaires/keuzes.yaml"),
                Path.of("src/test/resources/xlsform/translations"));
        Question provincie = back.questions().filter(q -> q.name().equals("provincie")).findFirst().orElseThrow();
        assertEquals("land = ${land}", provincie.choiceFilter().map(Expression::source).orElse(null));
        assertTrue(back.choiceLists().get("hulp").choices().stream().anyMatch(Choice::exclusive));
    }

    @Test
    void everyTestQuestionnaireComesBackTheSame() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources"))) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") && p.getParent().endsWith("questionnaires")).sorted()
                    .toList();
        }
        int tried = 0;
        for (Path file : files) {
            Questionnaire original;
            try {
                original = loader.load(file.toString(), Files.readString(file));
            } catch (QuestionnaireFileException e) {
                continue; // a fixture of a refusal
            }
            if (Language.byCode(original.language()).isEmpty()) {
                continue; // a fixture of a language Stemmen does not offer, which the catalog refuses
            }
            roundTrip(file, file.getParent().resolveSibling("translations"));
            tried++;
        }
        assertTrue(tried >= 4, tried + " questionnaires went round");
    }

    @Test
    void aKoboWorkbookWithCalculateCascadeOtherRangeAndRowsComesBackTheSame() throws Exception {
        XlsformResult first = new XlsformImport().convert(KoboWorkbookTest.workbook());
        assertEquals(List.of(), first.problems(), first.yaml());
        Questionnaire original = loader.load("buurt-kobo.yaml", first.yaml());
        XlsformResult again = new XlsformImport().convert(new XlsformExport().export(original, Map.of()));
        assertEquals(List.of(), again.problems(), again.yaml());
        assertEquals(described(original), described(loader.load("buurt-kobo.yaml", again.yaml())));
        assertTrue(first.yaml().contains("relevant: selected(${activiteiten}, 'sport')"), first.yaml());
    }

    /** Exports the file and its translations, imports the workbook, and compares both ways. */
    private Questionnaire roundTrip(Path file, Path translationsDir) throws Exception {
        Questionnaire original = loader.load(file.toString(), Files.readString(file));
        Map<String, Translation> translations = new LinkedHashMap<>();
        for (String language : original.translations()) {
            Path po = translationsDir.resolve(original.id()).resolve(language + ".po");
            if (Files.exists(po)) {
                List<LoadProblem> problems = new ArrayList<>();
                translations.put(language, new Translation(language,
                        PoFile.parse(po.toString(), Files.readString(po), problems).entries()));
                assertEquals(List.of(), problems);
            }
        }
        byte[] workbook = new XlsformExport().export(original, translations);
        XlsformResult result = new XlsformImport().convert(workbook);
        assertEquals(List.of(), result.problems(), file + "\n" + result.yaml());
        assertEquals(original.id(), result.id());
        Questionnaire back = loader.load(file.toString(), result.yaml());
        assertEquals(described(original), described(back), file.toString());
        assertEquals(original.translations(), back.translations(), file.toString());
        for (String language : original.translations()) {
            List<LoadProblem> problems = new ArrayList<>();
            Translation imported = new Translation(language,
                    PoFile.parse(language + ".po", result.translations().get(language), problems).entries());
            assertEquals(List.of(), problems);
            Translation before = translations.getOrDefault(language, new Translation(language, Map.of()));
            original.sourceTexts().forEach((key, source) -> assertEquals(before.text(key, source),
                    imported.text(key, source), file + " " + language + " " + key));
            assertEquals(before.check(original.sourceTexts()).missing(),
                    imported.check(back.sourceTexts()).missing(), file + " " + language);
        }
        return back;
    }

    /** Everything a questionnaire says, line by line, without the lines of its file. */
    static List<String> described(Questionnaire q) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join("|", q.id(), String.valueOf(q.version()), q.language(), q.translations().toString(),
                q.title(), String.valueOf(q.intro()), String.valueOf(q.outro()), String.valueOf(q.dontUnderstand()),
                q.frameAttributes().toString()));
        for (Page page : q.pages()) {
            lines.add("page " + page.name() + "|" + page.title() + "|" + page.relevant().map(Expression::source));
            for (Question x : page.questions()) {
                lines.add("  " + String.join("|", x.page(), x.name(), x.type().keyword(),
                        x.choices() == null ? "-" : x.choices().toString(), x.rows().toString(), x.label(),
                        String.valueOf(x.hint()), String.valueOf(x.required()), String.valueOf(x.requiredMessage()),
                        String.valueOf(x.relevant().map(Expression::source)),
                        String.valueOf(x.constraint().map(Expression::source)), String.valueOf(x.constraintMessage()),
                        String.valueOf(x.choiceFilter().map(Expression::source)), String.valueOf(x.orOther()),
                        String.valueOf(x.range()), String.valueOf(x.calculation().map(Expression::source)),
                        x.rows().stream().map(r -> r.name() + "?" + r.relevant().map(Expression::source).orElse(""))
                                .toList().toString()));
            }
        }
        q.choiceLists().values().forEach(list -> lines.add("list " + list.name() + " " + list.choices().stream()
                .map(c -> c.name() + "|" + c.missing() + "|" + c.exclusive() + "|" + c.columns()).toList()));
        return lines;
    }
}
