package nl.stemmen.questionnaire.load;

import static nl.stemmen.questionnaire.load.ProblemAssertions.assertProblems;
import static nl.stemmen.questionnaire.load.ProblemAssertions.describe;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.stemmen.questionnaire.model.Choice;
import nl.stemmen.questionnaire.model.ChoiceList;
import nl.stemmen.questionnaire.model.Page;
import nl.stemmen.questionnaire.model.Question;
import nl.stemmen.questionnaire.model.QuestionType;
import nl.stemmen.questionnaire.model.Questionnaire;

/**
 * The questionnaire file format (docs/questionnaire-format.md): what loads, and how a broken file is refused
 * with file, line and reason. Fixtures are complete files; the offending line carries a
 * {@code # line N} comment so the asserted line number can be checked by eye.
 */
class QuestionnaireLoaderTest {

    private static final String FILE = "test.yaml";
    private static final QuestionnaireLoader LOADER = new QuestionnaireLoader();

    // ---------------------------------------------------------------------------------------------
    // A valid file
    // ---------------------------------------------------------------------------------------------

    private static final String VALID = """
            id: klein-onderzoek
            version: 3
            language: nl
            translations: [en, ar]
            title: Klein onderzoek
            intro: Welkom bij het onderzoek.
            dont_understand: true
            pages:
              - name: werk
                title: Werk
                questions:
                  - name: heeft_werk
                    type: select_one ja_nee
                    label: Heeft u betaald werk?
                    required: true
                  - name: uren
                    type: integer
                    label: Hoeveel uur per week werkt u?
                    hint: Tel alle banen bij elkaar op.
                    relevant: ${heeft_werk} = 'ja'
                    constraint: . >= 1 and ${uren} <= 80
                    constraint_message: Vul een getal tussen 1 en 80 in.
              - name: mening
                title: Uw mening
                relevant: ${heeft_werk} != 'wil_niet_zeggen'
                questions:
                  - name: uitleg
                    type: note
                    label: Nu volgen enkele stellingen.
                  - name: stelling
                    type: matrix eens
                    label: Wat vindt u van deze zinnen?
                    rows:
                      - {name: buurt, label: Ik woon graag in mijn buurt}
                      - {name: werk, label: Mijn werk past bij mij}
                    constraint: ${stelling_buurt} != 'weet_niet' or ${stelling_werk} != 'weet_niet'
                  - name: talen
                    type: select_multiple talen
                    label: Welke talen spreekt u?
                    relevant: ${stelling_buurt} = 'eens'
                  - name: geboren
                    type: date
                    label: Wanneer bent u geboren?
                  - name: gewicht
                    type: decimal
                    label: Hoeveel kilo weegt u?
                  - name: opmerking
                    type: text
                    label: Wilt u nog iets zeggen?
            choices:
              ja_nee:
                - {name: ja, label: Ja}
                - {name: nee, label: Nee}
                - {name: wil_niet_zeggen, label: Zeg ik liever niet, missing: true}
              eens:
                - {name: eens, label: Eens}
                - {name: oneens, label: Oneens}
                - {name: weet_niet, label: Weet ik niet, missing: true}
              talen:
                - {name: nl, label: Nederlands}
                - name: ar
                  label: "Arabisch, of een dialect"
            """;

    @Nested
    class ValidFile {

        private final Questionnaire q = load(VALID);

        @Test
        void topLevelFields() {
            assertAll(
                    () -> assertEquals("klein-onderzoek", q.id()),
                    () -> assertEquals(3, q.version()),
                    () -> assertEquals("nl", q.language()),
                    () -> assertEquals(List.of("en", "ar"), q.translations()),
                    () -> assertEquals("Klein onderzoek", q.title()),
                    () -> assertEquals("Welkom bij het onderzoek.", q.intro()),
                    () -> assertNull(q.outro()),
                    () -> assertTrue(q.dontUnderstand()));
        }

        @Test
        void pagesInFileOrderWithTitleRelevanceAndLine() {
            List<Page> pages = q.pages();
            assertEquals(List.of("werk", "mening"), pages.stream().map(Page::name).toList());
            Page werk = pages.get(0);
            Page mening = pages.get(1);
            assertAll(
                    () -> assertEquals("Werk", werk.title()),
                    () -> assertTrue(werk.relevant().isEmpty()),
                    () -> assertEquals(9, werk.line()),
                    () -> assertEquals("Uw mening", mening.title()),
                    () -> assertEquals("${heeft_werk} != 'wil_niet_zeggen'", mening.relevant().orElseThrow().source()),
                    () -> assertEquals(23, mening.line()),
                    () -> assertEquals(1, q.pageIndex("mening")),
                    () -> assertEquals(-1, q.pageIndex("bestaat_niet")));
        }

        @Test
        void everyQuestionWithItsTypeChoiceListVariablesPageAndLine() {
            // name, type, choice list, variables, page, line
            Object[][] expected = {
                    { "heeft_werk", QuestionType.SELECT_ONE, "ja_nee", List.of("heeft_werk"), "werk", 12 },
                    { "uren", QuestionType.INTEGER, null, List.of("uren"), "werk", 16 },
                    { "uitleg", QuestionType.NOTE, null, List.of(), "mening", 27 },
                    { "stelling", QuestionType.MATRIX, "eens", List.of("stelling_buurt", "stelling_werk"), "mening", 30 },
                    { "talen", QuestionType.SELECT_MULTIPLE, "talen", List.of("talen"), "mening", 37 },
                    { "geboren", QuestionType.DATE, null, List.of("geboren"), "mening", 41 },
                    { "gewicht", QuestionType.DECIMAL, null, List.of("gewicht"), "mening", 44 },
                    { "opmerking", QuestionType.TEXT, null, List.of("opmerking"), "mening", 47 },
            };
            List<Question> questions = q.questions().toList();
            assertEquals(expected.length, questions.size());
            for (int i = 0; i < expected.length; i++) {
                Object[] row = expected[i];
                Question question = questions.get(i);
                assertAll(question.name(),
                        () -> assertEquals(row[0], question.name()),
                        () -> assertEquals(row[1], question.type()),
                        () -> assertEquals(row[2], question.choices() == null ? null : question.choices().name()),
                        () -> assertEquals(row[3], question.variables()),
                        () -> assertEquals(row[4], question.page()),
                        () -> assertEquals(row[5], question.line()));
            }
        }

        @Test
        void questionDetails() {
            Question heeftWerk = question(q, "heeft_werk");
            Question uren = question(q, "uren");
            Question stelling = question(q, "stelling");
            assertAll(
                    () -> assertTrue(heeftWerk.required()),
                    () -> assertFalse(uren.required()),
                    () -> assertEquals("Hoeveel uur per week werkt u?", uren.label()),
                    () -> assertEquals("Tel alle banen bij elkaar op.", uren.hint()),
                    () -> assertEquals("${heeft_werk} = 'ja'", uren.relevant().orElseThrow().source()),
                    () -> assertEquals(". >= 1 and ${uren} <= 80", uren.constraint().orElseThrow().source()),
                    () -> assertEquals("Vul een getal tussen 1 en 80 in.", uren.constraintMessage()),
                    () -> assertNull(heeftWerk.hint()),
                    () -> assertTrue(heeftWerk.relevant().isEmpty()),
                    () -> assertEquals(List.of("buurt", "werk"), stelling.rows().stream().map(r -> r.name()).toList()),
                    () -> assertEquals("Mijn werk past bij mij", stelling.rows().get(1).label()));
        }

        @Test
        void choiceListsKeepOrderLabelsAndMissingFlags() {
            assertEquals(List.of("ja_nee", "eens", "talen"), List.copyOf(q.choiceLists().keySet()));
            assertEquals(List.of(
                    new Choice("ja", "Ja", false, false, Map.of()),
                    new Choice("nee", "Nee", false, false, Map.of()),
                    new Choice("wil_niet_zeggen", "Zeg ik liever niet", true, false, Map.of())), q.choiceLists().get("ja_nee").choices());
            assertEquals(List.of(
                    new Choice("eens", "Eens", false, false, Map.of()),
                    new Choice("oneens", "Oneens", false, false, Map.of()),
                    new Choice("weet_niet", "Weet ik niet", true, false, Map.of())), q.choiceLists().get("eens").choices());
            // block style and a quoted label with a comma
            assertEquals(new Choice("ar", "Arabisch, of een dialect", false, false, Map.of()), q.choiceLists().get("talen").choices().get(1));
            ChoiceList jaNee = q.choiceLists().get("ja_nee");
            assertEquals("wil_niet_zeggen", jaNee.choices().get(2).name());
            assertEquals("choices.ja_nee.nee", jaNee.textKey(jaNee.choice("nee").orElseThrow()));
        }

        @Test
        void sourceTextsHaveOneKeyPerTextInFileOrder() {
            Map<String, String> texts = q.sourceTexts();
            assertEquals(List.of(
                    "title",
                    "intro",
                    "werk.title",
                    "werk.heeft_werk.label",
                    "werk.uren.label",
                    "werk.uren.hint",
                    "werk.uren.constraint_message",
                    "mening.title",
                    "mening.uitleg.label",
                    "mening.stelling.label",
                    "mening.stelling.row.buurt",
                    "mening.stelling.row.werk",
                    "mening.talen.label",
                    "mening.geboren.label",
                    "mening.gewicht.label",
                    "mening.opmerking.label",
                    "choices.ja_nee.ja",
                    "choices.ja_nee.nee",
                    "choices.ja_nee.wil_niet_zeggen",
                    "choices.eens.eens",
                    "choices.eens.oneens",
                    "choices.eens.weet_niet",
                    "choices.talen.nl",
                    "choices.talen.ar"), List.copyOf(texts.keySet()));
            assertEquals("Tel alle banen bij elkaar op.", texts.get("werk.uren.hint"));
            assertEquals("Ik woon graag in mijn buurt", texts.get("mening.stelling.row.buurt"));
            assertEquals("Zeg ik liever niet", texts.get("choices.ja_nee.wil_niet_zeggen"));
        }
    }

    @Test
    void choicesMayComeBeforePagesAndDontUnderstandDefaultsToFalse() {
        Questionnaire q = load("""
                id: t
                version: 1
                language: nl
                title: T
                choices:
                  ja_nee:
                    - {name: ja, label: Ja}
                pages:
                  - name: a
                    questions:
                      - name: x
                        type: select_one ja_nee
                        label: X
                """);
        assertEquals("ja_nee", question(q, "x").choices().name());
        assertFalse(q.dontUnderstand());
        assertEquals(List.of(), q.translations());
    }

    @Test
    void expressionsMayReferToEarlierPagesAndMatrixRows() {
        Questionnaire q = load("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: m
                        type: matrix ja_nee
                        label: M
                        rows:
                          - {name: r, label: R}
                  - name: b
                    relevant: ${m_r} = 'ja'
                    questions:
                      - name: x
                        type: integer
                        label: X
                        relevant: ${m_r} = 'ja'
                        constraint: . > 0 and ${x} < 10 and ${m_r} = 'ja'
                choices:
                  ja_nee:
                    - {name: ja, label: Ja}
                """);
        assertEquals(List.of("m_r"), List.copyOf(q.page("b").orElseThrow().relevant().orElseThrow().references()));
    }

    @Test
    void everyShippedQuestionnaireLoads() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(Path.of("questionnaires"))) {
            files = listed.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no questionnaires/*.yaml found");
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            try {
                Questionnaire q = LOADER.load(file.toString(), text);
                assertEquals(file.getFileName().toString(), q.id() + ".yaml");
            } catch (QuestionnaireFileException e) {
                throw new AssertionError(file + " does not load:\n" + e.getMessage(), e);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Broken files: one problem each, on the exact line
    // ---------------------------------------------------------------------------------------------

    @Nested
    class NotValidYaml {

        @Test
        void badIndentation() {
            assertOnlyProblem("""
                    id: t
                    version: 1
                    language: nl
                    title: T
                    pages:
                      - name: a
                        questions:
                          - name: x
                            type: text
                           label: X  # line 10: one space too few
                    """, 10, "not valid YAML");
        }

        @Test
        void tabIndentation() {
            assertOnlyProblem("""
                    id: t
                    version: 1
                    language: nl
                    title: T
                    pages:
                      - name: a
                    \tquestions:
                          - name: x
                            type: text
                            label: X
                    """, 7, "not valid YAML", "TAB");
        }

        @Test
        void unclosedQuoteIsRefused() {
            List<LoadProblem> problems = problems(UNCLOSED_QUOTE);
            assertEquals(1, problems.size(), () -> describe(problems));
            assertTrue(problems.get(0).reason().startsWith("not valid YAML"), () -> describe(problems));
        }

        @Test
        void unclosedQuoteIsReportedWhereTheQuoteOpens() {
            assertOnlyProblem(UNCLOSED_QUOTE, 4, "not valid YAML", "quoted");
        }

        private static final String UNCLOSED_QUOTE = """
                id: t
                version: 1
                language: nl
                title: "Thuis in de stad  # line 4: the quote is never closed
                pages:
                  - name: a
                    questions:
                      - name: x
                        type: text
                        label: X
                """;

        @Test
        void questionMarkInAFlowMappingLabelIsRefusedOnItsLine() {
            // YAML 1.1 (SnakeYAML) ends a plain text at '?' inside {…}: such a label must be quoted
            assertOnlyProblem("""
                    id: t
                    version: 1
                    language: nl
                    title: T
                    pages:
                      - name: a
                        questions:
                          - name: x
                            type: select_one jn
                            label: X
                    choices:
                      jn:
                        - {name: ja, label: Ja}
                        - {name: wn, label: Weet ik niet?}  # line 14
                    """, 14, "not valid YAML");
        }

        @Test
        void emptyFile() {
            assertOnlyProblem("", 1, "empty");
            assertOnlyProblem("# only a comment\n", 1, "empty");
        }

        @Test
        void topLevelIsNotAMapping() {
            assertOnlyProblem("- a\n- b\n", 1, "the questionnaire should be a mapping");
        }
    }

    @Test
    void unknownType() {
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: x
                        type: nummer  # line 9
                        label: X
                """, 9, "unknown type 'nummer'", "question 'x'", "integer");
    }

    @Test
    void unknownChoiceList() {
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: x
                        type: select_one jaa_nee  # line 9
                        label: X
                choices:
                  ja_nee:
                    - {name: ja, label: Ja}
                """, 9, "choice list 'jaa_nee'", "not under 'choices:'", "ja_nee");
    }

    @Test
    void selectWithoutChoiceList() {
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: x
                        type: select_one  # line 9
                        label: X
                """, 9, "needs a choice list");
    }

    @Test
    void referenceToAQuestionThatDoesNotExist() {
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: x
                        type: integer
                        label: X
                        relevant: ${leeftijd} > 18  # line 11
                """, 11, "relevant of question 'x'", "${leeftijd}", "does not exist");
    }

    @Test
    void referenceToALaterQuestion() {
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: x
                        type: integer
                        label: X
                        relevant: ${y} > 18  # line 11
                      - name: y
                        type: integer
                        label: Y
                """, 11, "${y}", "comes later (line 12)");
    }

    @Test
    void pageRelevantReferringToAQuestionOnThatPage() {
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    relevant: ${x} = 1  # line 7
                    questions:
                      - name: x
                        type: integer
                        label: X
                """, 7, "relevant of page 'a'", "${x}", "comes later (line 9)");
    }

    @Test
    void constraintReferringToALaterQuestion() {
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: x
                        type: integer
                        label: X
                        constraint: . < ${y}  # line 11
                  - name: b
                    questions:
                      - name: y
                        type: integer
                        label: Y
                """, 11, "constraint of question 'x'", "${y}", "comes later (line 14)");
    }

    @Test
    void relevantReferringToItselfIsACycle() {
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: x
                        type: integer
                        label: X
                        relevant: ${x} > 18  # line 11
                """, 11, "relevant of question 'x'", "refers to itself", "cycle");
    }

    @Test
    void matrixRelevantReferringToItsOwnRowIsACycle() {
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: m
                        type: matrix ja_nee
                        label: M
                        relevant: ${m_r} = 'ja'  # line 11
                        rows:
                          - {name: r, label: R}
                choices:
                  ja_nee:
                    - {name: ja, label: Ja}
                """, 11, "refers to itself", "cycle");
    }

    @Test
    void referenceToAnEarlierMatrixOrNoteSaysWhatIsWrong() {
        String file = """
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: m
                        type: matrix ja_nee
                        label: M
                        rows:
                          - {name: r, label: R}
                      - name: n
                        type: note
                        label: N
                      - name: x
                        type: text
                        label: X
                        relevant: ${m} = 'ja' or ${n} = 'ja'  # line 19
                choices:
                  ja_nee:
                    - {name: ja, label: Ja}
                """;
        List<LoadProblem> problems = problems(file);
        assertEquals(2, problems.size(), () -> describe(problems));
        for (LoadProblem problem : problems) {
            assertEquals(19, problem.line());
            assertFalse(problem.reason().contains("comes later"), problem.reason());
        }
        assertTrue(problems.get(0).reason().contains("matrix"), "should say ${m} is a matrix: " + problems.get(0));
        assertTrue(problems.get(1).reason().contains("note"), "should say ${n} is a note: " + problems.get(1));
    }

    @Test
    void duplicateQuestionNamesAcrossPages() {
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: x
                        type: text
                        label: X
                  - name: b
                    questions:
                      - name: x  # line 13
                        type: text
                        label: X again
                """, 13, "'x' is used twice");
    }

    @Test
    void matrixVariableClashingWithAQuestionName() {
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: m_r
                        type: text
                        label: X
                      - name: m  # line 11
                        type: matrix ja_nee
                        label: M
                        rows:
                          - {name: r, label: R}
                choices:
                  ja_nee:
                    - {name: ja, label: Ja}
                """, 11, "'m_r' is used twice");
    }

    @Test
    void duplicatePageNames() {
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: x
                        type: text
                        label: X
                  - name: a  # line 11
                    questions:
                      - name: y
                        type: text
                        label: Y
                """, 11, "two pages named 'a'");
    }

    @Test
    void expressionSyntaxErrorNamesWhatAndWhere() {
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: x
                        type: integer
                        label: X
                        constraint: . >= 1 and  # line 11
                """, 11, "constraint of question 'x'", "'and' needs a value on its right", "at position 11",
                "in: . >= 1 and");
    }

    @Test
    void unknownFunctionInRelevant() {
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: x
                        type: integer
                        label: X
                      - name: y
                        type: text
                        label: Y
                        relevant: selectd(${x}, 'a')  # line 14
                """, 14, "relevant of question 'y'", "selectd", "at position 1");
    }

    @Test
    void misspelledRelevantIsRefusedNotIgnored() {
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: x
                        type: integer
                        label: X
                      - name: y
                        type: text
                        label: Y
                        relevent: ${x} > 18  # line 14
                """, 14, "unknown key 'relevent'", "allowed:", "relevant");
    }

    @Test
    void xlsFormColumnsThatStemmenDoesNotTakeSayWhatToDo() {
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: x
                        type: integer
                        label: X
                        label::English: X  # line 11
                """, 11, "XLSForm translation column", "translations/<id>/<lang>.po");
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: x
                        type: integer
                        label: X
                        calculate: 1 + 1  # line 11
                """, 11, "'calculate'", "XLSForm", "type: calculate with calculation:");
    }

    @Test
    void unknownKeyOnAPageAndAtTheTop() {
        List<LoadProblem> problems = problems("""
                id: t
                version: 1
                language: nl
                title: T
                titel: T  # line 5
                pages:
                  - name: a
                    relevent: 1 = 1  # line 8
                    questions:
                      - name: x
                        type: text
                        label: X
                """);
        assertProblems(problems,
                5, "unknown key 'titel'",
                8, "unknown key 'relevent'");
    }

    @Test
    void aFrameAttributeReadInAConditionMustBeDeclared() {
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                frame_attributes: [gender]
                pages:
                  - name: a
                    questions:
                      - name: x
                        type: text
                        label: X
                        relevant: frame('gender') = '' and frame('learnig_route') = ''  # line 12
                """, 12, "frame('learnig_route')", "not declared", "frame_attributes");
    }

    @Test
    void frameTakesAQuotedName() {
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: x
                        type: text
                        label: X
                      - name: y
                        type: text
                        label: Y
                        relevant: frame(${x}) = ''  # line 14
                """, 14, "frame('gender')");
    }

    @Test
    void unquotedCommaInAFlowMappingLabelSaysToQuote() {
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: x
                        type: select_one ja_nee
                        label: X
                choices:
                  ja_nee:
                    - {name: ja, label: Ja}
                    - {name: soms, label: Ja, soms}  # line 14
                """, 14, "unknown key 'soms'", "comma", "put the text in quotes");
    }

    @Test
    void duplicateKeyInAMapping() {
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: x
                        type: text
                        label: X
                        label: Y  # line 11
                """, 11, "'label' appears twice");
    }

    @Test
    void missingId() {
        assertOnlyProblem("""
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: x
                        type: text
                        label: X
                """, 1, "has no 'id'");
    }

    @Test
    void missingLabelIsReportedOnTheQuestion() {
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: x  # line 8
                        type: text
                """, 8, "question 'x' has no 'label'");
    }

    @Test
    void emptyLabel() {
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: x
                        type: text
                        label:  # line 10
                """, 10, "'label' of question 'x' is empty");
    }

    @Test
    void matrixWithoutRows() {
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: m  # line 8
                        type: matrix ja_nee
                        label: M
                choices:
                  ja_nee:
                    - {name: ja, label: Ja}
                """, 8, "question 'm' has no 'rows'");
    }

    @Test
    void matrixWithAnEmptyRowsList() {
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: m
                        type: matrix ja_nee
                        label: M
                        rows: []  # line 11
                choices:
                  ja_nee:
                    - {name: ja, label: Ja}
                """, 11, "rows");
    }

    @Test
    void rowsOnAQuestionThatIsNotAMatrix() {
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: x
                        type: select_one ja_nee
                        label: X
                        rows:  # line 11
                          - {name: r, label: R}
                choices:
                  ja_nee:
                    - {name: ja, label: Ja}
                """, 11, "only a matrix question has rows");
    }

    @Test
    void currentValueInRelevant() {
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: x
                        type: integer
                        label: X
                        relevant: . > 1  # line 11
                """, 11, "relevant of question 'x'", "uses '.'", "only a constraint");
    }

    @Test
    void noteCannotBeRequired() {
        assertOnlyProblem("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: n  # line 8
                        type: note
                        label: N
                        required: true
                """, 8, "a note cannot be required");
    }

    @Test
    void smallerMistakes() {
        // each: file, line, what the reason must say
        Object[][] table = {
                { "id: Thuis_Stad\nversion: 1\nlanguage: nl\ntitle: T\npages:\n  - name: a\n    questions:\n"
                        + "      - {name: x, type: text, label: X}\n", 1, "may only hold a-z, 0-9" },
                { "id: t\nversion: twee\nlanguage: nl\ntitle: T\npages:\n  - name: a\n    questions:\n"
                        + "      - {name: x, type: text, label: X}\n", 2, "version should be a whole number" },
                { "id: t\nversion: 1\nlanguage: nl\ntitle: T\npages: []\n", 5, "has no pages" },
                { "id: t\nversion: 1\nlanguage: nl\ntitle: T\npages:\n  - name: a\n    questions: []\n", 7, "has no questions" },
                { "id: t\nversion: 1\nlanguage: nl\ntitle: T\npages:\n  - name: a\n    questions:\n"
                        + "      - {name: x, type: text, label: X, required: ja}\n", 8, "should be true or false" },
                { "id: t\nversion: 1\nlanguage: nl\ntitle: T\npages:\n  - name: a\n    questions:\n"
                        + "      - {name: 2x, type: text, label: X}\n", 8, "may only hold letters, digits, _, - and ." },
                { "id: t\nversion: 1\nlanguage: nl\ntitle: T\npages:\n  - name: a\n    questions:\n"
                        + "      - {name: x, type: text jn, label: X}\n", 8, "takes no choice list" },
                { "id: t\nversion: 1\nlanguage: nl\ntitle: T\npages:\n  - name: a\n    questions:\n"
                        + "      - {name: x, type: select_one jn, label: X}\nchoices:\n  jn:\n    - {name: a, label: A}\n"
                        + "    - {name: a, label: B}\n", 12, "choice 'a' appears twice" },
                { "id: t\nversion: 1\nlanguage: nl\ntitle: T\npages:\n  - name: a\n    questions:\n"
                        + "      - {name: x, type: select_one jn, label: X}\nchoices:\n  jn: []\n", 8, "has no choices" },
        };
        for (Object[] row : table) {
            assertOnlyProblem((String) row[0], (int) row[1], (String) row[2]);
        }
    }

    @Test
    void everyProblemInTheFileIsReported() {
        List<LoadProblem> problems = problems("""
                id: t
                version: 1
                language: nl
                title: T
                pages:
                  - name: a
                    questions:
                      - name: x
                        type: nummer  # line 9
                        label: X
                      - name: y
                        type: text
                        relevent: ${x} > 1  # line 13
                        label: Y
                  - name: a  # line 15
                    relevant: ${leeftijd} > 18  # line 16
                    questions:
                      - name: z  # line 18
                        type: select_one jn
                choices:
                  jn:
                    - {name: ja, label: Ja, soms}  # line 22
                """);
        assertProblems(problems,
                9, "unknown type 'nummer'",
                13, "unknown key 'relevent'",
                15, "two pages named 'a'",
                16, "${leeftijd}, which does not exist",
                18, "question 'z' has no 'label'",
                22, "put the text in quotes");
        assertTrue(problems.stream().allMatch(p -> p.file().equals(FILE)));
    }

    @Test
    void exceptionMessageListsFileLineAndReason() {
        QuestionnaireFileException e = assertThrows(QuestionnaireFileException.class,
                () -> LOADER.load("vragen/x.yaml", "id: t\nversion: 1\nlanguage: nl\ntitle: T\n"));
        assertEquals("vragen/x.yaml:1: the questionnaire has no 'pages'", e.getMessage());
    }

    // ---------------------------------------------------------------------------------------------

    static Questionnaire load(String yaml) {
        try {
            return LOADER.load(FILE, yaml);
        } catch (QuestionnaireFileException e) {
            throw new AssertionError("should load, but:\n" + e.getMessage(), e);
        }
    }

    private static Question question(Questionnaire q, String name) {
        return q.questions().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<LoadProblem> problems(String yaml) {
        return assertThrows(QuestionnaireFileException.class, () -> LOADER.load(FILE, yaml)).problems();
    }

    /** Exactly one problem, on {@code line}, whose reason contains every fragment. */
    private static void assertOnlyProblem(String yaml, int line, String... fragments) {
        List<LoadProblem> problems = problems(yaml);
        assertEquals(1, problems.size(), () -> "expected one problem, got:\n" + describe(problems));
        LoadProblem problem = problems.get(0);
        assertEquals(FILE, problem.file());
        assertEquals(line, problem.line(), () -> "line of: " + problem);
        for (String fragment : fragments) {
            assertTrue(problem.reason().contains(fragment), () -> "'" + fragment + "' not in: " + problem.reason());
        }
    }
}
