package nl.stemmen.questionnaire.load;

import static nl.stemmen.questionnaire.load.ProblemAssertions.assertProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.stemmen.questionnaire.model.Choice;
import nl.stemmen.questionnaire.model.Question;
import nl.stemmen.questionnaire.model.Questionnaire;

/**
 * Loading the XLSForm features real forms use (docs/questionnaire-format.md): choice_filter with the
 * choices' own columns, a matrix row's relevant, exclusive options, or_other, range, choice names
 * such as 60+; and the XLSForm types Stemmen refuses, each with what to do instead.
 */
class XlsFormFeaturesLoadingTest {

    private static final QuestionnaireLoader LOADER = new QuestionnaireLoader();

    private static final String HEAD = "id: t\nversion: 1\nlanguage: nl\ntitle: T\npages:\n";

    private static Questionnaire load(String yaml) throws QuestionnaireFileException {
        return LOADER.load("t.yaml", yaml);
    }

    private static List<LoadProblem> problems(String yaml) {
        return assertThrows(QuestionnaireFileException.class, () -> load(yaml)).problems();
    }

    private static Question question(Questionnaire q, String name) {
        return q.questions().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    }

    private static final String FILTERED = HEAD + """
              - name: a
                questions:
                  - {name: land, type: select_one land, label: Land}
              - name: b
                questions:
                  - name: provincie
                    type: select_one provincie
                    label: Provincie
                    choice_filter: land = ${land} or name = 'overig'
                  - name: oordeel
                    type: matrix land
                    label: Oordeel
                    rows:
                      - {name: nl, label: NL, relevant: "${land} = 'nl'"}
                      - {name: be, label: BE}
            choices:
              land:
                - {name: nl, label: Nederland}
                - {name: be, label: België}
              provincie:
                - {name: utrecht, label: Utrecht, land: nl}
                - {name: antwerpen, label: Antwerpen, land: be}
                - {name: overig, label: Overig}
            """;

    @Test
    void aChoiceFilterReadsTheChoicesColumnsAndARowHasItsRelevant() throws Exception {
        Questionnaire q = load(FILTERED);
        Question provincie = question(q, "provincie");
        assertEquals("land = ${land} or name = 'overig'", provincie.choiceFilter().orElseThrow().source());
        assertEquals(Map.of("land", "nl"), provincie.choices().choices().get(0).columns());
        assertEquals(Map.of(), provincie.choices().choices().get(2).columns());
        assertEquals("${land} = 'nl'", question(q, "oordeel").rows().get(0).relevant().orElseThrow().source());
        assertTrue(question(q, "oordeel").rows().get(1).relevant().isEmpty());
    }

    @Test
    void aChoiceColumnThatNoFilterReadsIsATypo() {
        String yaml = FILTERED.replace("choice_filter: land = ${land} or name = 'overig'", "choice_filter: name != 'overig'");
        assertProblems(problems(yaml), 26, "unknown key 'land' in a choice of list 'provincie'");
    }

    @Test
    void aFilterReadingAColumnNoChoiceHasSaysSo() {
        String yaml = FILTERED.replace("land = ${land} or", "lnd = ${land} or");
        assertProblems(problems(yaml), 14, "reads 'lnd', which no choice of list 'provincie' has (they have: land)",
                26, "unknown key 'land'");
    }

    @Test
    void aFilterOrRowMayOnlyLookAtEarlierPages() {
        String yaml = HEAD + """
                  - name: a
                    questions:
                      - {name: land, type: select_one land, label: Land}
                      - {name: p, type: select_one land, label: P, choice_filter: "name = ${land}"}
                      - name: m
                        type: matrix land
                        label: M
                        rows:
                          - {name: x, label: X, relevant: "${land} = 'nl'"}
                choices:
                  land:
                    - {name: nl, label: Nederland}
                """;
        assertProblems(problems(yaml), 9, "refers to ${land}, which is on the same page",
                14, "row 'x' of question 'm' refers to ${land}, which is on the same page");
    }

    @Test
    void aFilterOnlyOnASelectAndPulldataSaysWhatToUse() {
        String yaml = HEAD + """
                  - name: a
                    questions:
                      - {name: x, type: text, label: X, choice_filter: "name = 'a'"}
                      - {name: y, type: text, label: Y, relevant: "pulldata('f', 'a', 'b', 'c') = 1"}
                """;
        assertProblems(problems(yaml), 8, "only a select_one, select_multiple or matrix has a choice_filter",
                9, "frame('attribute')");
    }

    @Test
    void orOtherAddsTheOptionAndItsTextVariable() throws Exception {
        Questionnaire q = load(HEAD + """
                  - name: a
                    questions:
                      - {name: werk, type: select_one werk or_other, label: Werk}
                      - {name: later, type: text, label: L, relevant: "${werk_other} != ''"}
                choices:
                  werk:
                    - {name: baan, label: Baan}
                """);
        Question werk = question(q, "werk");
        assertTrue(werk.orOther());
        assertEquals(List.of("baan", "other"), werk.choices().choices().stream().map(Choice::name).toList());
        assertEquals(List.of("werk", "werk_other"), werk.variables());
        assertEquals(1, q.choiceLists().get("werk").choices().size(), "the list itself is unchanged");
        assertTrue(q.sourceTexts().keySet().stream().noneMatch(k -> k.endsWith(".other")), "nothing to translate");
    }

    @Test
    void orOtherIsRefusedOnAMatrixAndWhereTheListHasOtherAlready() {
        String yaml = HEAD + """
                  - name: a
                    questions:
                      - {name: w, type: select_one werk or_other, label: W}
                      - {name: m, type: matrix werk or_other, label: M, rows: [{name: r, label: R}]}
                      - {name: s, type: select_one werk or_anders, label: S}
                choices:
                  werk:
                    - {name: other, label: Iets anders}
                """;
        assertProblems(problems(yaml), 8, "has a choice 'other' already", 9, "or_other is for select_one and select_multiple",
                10, "'or_anders' after the choice list of question 's': only or_other may follow it");
    }

    @Test
    void exclusiveAndChoiceNamesAsXlsFormAllowsThem() throws Exception {
        Questionnaire q = load(HEAD + """
                  - name: a
                    questions:
                      - {name: leeftijd, type: select_multiple band, label: L}
                      - {name: oud, type: note, label: O, relevant: "selected(${leeftijd}, '60+')"}
                choices:
                  band:
                    - {name: 18-30, label: Jong}
                    - {name: 60+, label: Oud}
                    - {name: geen, label: 😶, exclusive: true}
                """);
        List<Choice> band = q.choiceLists().get("band").choices();
        assertEquals(List.of("18-30", "60+", "geen"), band.stream().map(Choice::name).toList());
        assertEquals(List.of(false, false, true), band.stream().map(Choice::exclusive).toList());
        assertEquals("😶", band.get(2).label());
        assertProblems(problems(HEAD + "  - name: a\n    questions:\n      - {name: x, type: select_one b, label: X}\n"
                + "choices:\n  b:\n    - {name: 'met spatie', label: A}\n    - {name: _dont_understand, label: B}\n"),
                11, "may not hold spaces", 12, "may not start with _");
    }

    @Test
    void aRangeTakesXlsFormsParameters() throws Exception {
        Questionnaire q = load(HEAD + """
                  - name: a
                    questions:
                      - {name: cijfer, type: range, label: C, parameters: start=0 end=10 step=1}
                      - {name: half, type: range, label: H, parameters: start=5 end=1 step=0.5}
                      - {name: kaal, type: range, label: K}
                """);
        assertEquals(11, question(q, "cijfer").range().values().size());
        assertEquals(List.of("5", "4.5", "4", "3.5", "3", "2.5", "2", "1.5", "1"),
                question(q, "half").range().values().stream().map(BigDecimal::toPlainString).toList());
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"),
                question(q, "kaal").range().values().stream().map(BigDecimal::toPlainString).toList(), "XLSForm's default");
    }

    @Test
    void aRangeThatCannotBeShownIsRefused() {
        String yaml = HEAD + """
                  - name: a
                    questions:
                      - {name: a, type: range, label: A, parameters: start=0 end=10 step=3}
                      - {name: b, type: range, label: B, parameters: start=0 end=100}
                      - {name: c, type: range, label: C, parameters: begin=0}
                      - {name: d, type: range, label: D, parameters: start=1 end=5 step=0}
                      - {name: e, type: integer, label: E, parameters: start=1}
                """;
        assertProblems(problems(yaml), 8, "steps of 3 from 0 do not reach 10", 9, "more than 21 numbers",
                10, "'begin=0' is not start=, end= or step=", 11, "step must be above 0", 12, "only a range question");
    }

    @Test
    void xlsFormTypesStemmenDoesNotTakeSayWhatToDoInstead() {
        Map<String, String> instead = Map.ofEntries(
                Map.entry("begin_repeat", "repeats are not supported"),
                Map.entry("begin repeat", "repeats are not supported"),
                Map.entry("select_one_from_file wijken.csv", "write the choices under 'choices:'"),
                Map.entry("trigger", "use a note"),
                Map.entry("acknowledge", "use a note"),
                Map.entry("geopoint", "postcode"),
                Map.entry("geoshape", "postcode"),
                Map.entry("geotrace", "postcode"),
                Map.entry("image", "ask in words"),
                Map.entry("audio", "ask in words"),
                Map.entry("video", "ask in words"),
                Map.entry("file", "ask in words"),
                Map.entry("barcode", "as text"),
                Map.entry("rank", "matrix"),
                Map.entry("begin_group", "pages"));
        instead.forEach((type, sentence) -> {
            List<LoadProblem> found = problems(HEAD + "  - name: a\n    questions:\n      - {name: x, type: " + type
                    + ", label: X}\n");
            assertProblems(found, 8, "is XLSForm that Stemmen does not take");
            assertTrue(found.get(0).reason().contains(sentence), found.get(0).reason());
        });
    }

    @Test
    void anImageOnAChoiceIsRefusedWithWhatToDoInstead() {
        assertProblems(problems(HEAD + "  - name: a\n    questions:\n      - {name: x, type: select_one b, label: X}\n"
                + "choices:\n  b:\n    - {name: a, label: A, image: a.png}\n"), 11, "an emoji");
    }
}
