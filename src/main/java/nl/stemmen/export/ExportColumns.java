package nl.stemmen.export;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.stemmen.catalog.PublishedQuestionnaire;
import nl.stemmen.language.Language;
import nl.stemmen.questionnaire.model.Choice;
import nl.stemmen.questionnaire.model.MatrixRow;
import nl.stemmen.questionnaire.model.Question;
import nl.stemmen.questionnaire.model.QuestionType;

/**
 * The columns of a study export, in order: the response columns ({@link ResponseField}), one
 * {@code frame_<attribute>} column per attribute of the frame, then every questionnaire variable in
 * questionnaire order (a matrix: one per statement, {@code <question>_<row>}; a select_multiple: one
 * 0/1 column per option, {@code <question>_<option>}). Labels are in {@code language}, each text
 * falling back to the source language where its translation is missing. The same plan makes the
 * CSV's header, the .sav's dictionary and the codebook (docs/export-codes.md).
 */
public final class ExportColumns {

    /** Bytes a text answer can take: 2000 characters of up to 4 bytes in UTF-8. */
    private static final int TEXT_BYTES = 8000;
    /** Bytes a frame value can take: 200 characters (frame_attribute.attribute_value). */
    private static final int FRAME_BYTES = 800;
    private static final int DATE_BYTES = 10;

    /** A question and its columns. */
    public record QuestionColumns(Question question, List<AnswerColumn> columns) {
    }

    private final PublishedQuestionnaire published;
    private final Language language;
    private final ColumnNames names = new ColumnNames();
    private final Map<ResponseField, String> responseNames = new EnumMap<>(ResponseField.class);
    private final Map<String, String> variableNames = new HashMap<>();
    private final Map<String, String> frameNames = new HashMap<>();
    private final Map<String, String> optionNames = new HashMap<>();
    private final List<ExportColumn> response = new ArrayList<>();
    private final List<FrameColumn> frame = new ArrayList<>();
    private final List<QuestionColumns> questions = new ArrayList<>();

    private ExportColumns(PublishedQuestionnaire published, Language language, List<String> frameAttributes) {
        this.published = published;
        this.language = language;
        claimNames(frameAttributes);
        for (ResponseField field : ResponseField.values()) {
            response.add(new ResponseColumn(field, new Variable(responseNames.get(field), field.label(language),
                    field.width(), field.valueLabels(language), null)));
        }
        for (String attribute : frameAttributes) {
            frame.add(new FrameColumn(attribute, new Variable(frameNames.get(attribute),
                    (language == Language.NL ? "Steekproefkader: " : "Sample frame: ") + attribute, FRAME_BYTES, Map.of(), null)));
        }
        published.questionnaire().questions().filter(q -> q.type() != QuestionType.NOTE).forEach(q -> questions.add(columns(q)));
    }

    /**
     * The plan of an export.
     *
     * @param frameAttributes the frame's attribute columns, in the order they are to appear
     */
    public static ExportColumns plan(PublishedQuestionnaire published, Language language, List<String> frameAttributes) {
        return new ExportColumns(published, language, frameAttributes);
    }

    /**
     * Names are claimed in this order, so a clash renames the later one ({@link ColumnNames}): the response
     * columns (outside scripts rely on them), the questionnaire's own variables, the frame's, and last the
     * select_multiple options' made-up names ({@code situatie_anders} stays the text question's).
     */
    private void claimNames(List<String> frameAttributes) {
        for (ResponseField field : ResponseField.values()) {
            responseNames.put(field, names.claim(field.column()));
        }
        // a select_multiple's own columns are its options', claimed last; its or_other text is a variable like any
        published.questionnaire().questions().forEach(q -> q.variables().stream()
                .filter(v -> q.type() != QuestionType.SELECT_MULTIPLE || q.isOtherText(v))
                .forEach(v -> variableNames.put(v, names.claim(v))));
        frameAttributes.forEach(a -> frameNames.put(a, names.claim("frame_" + a)));
        published.questionnaire().questions().filter(q -> q.type() == QuestionType.SELECT_MULTIPLE)
                .forEach(q -> q.choices().choices().forEach(c -> optionNames.put(optionKey(q, c), names.claim(q.name() + "_" + c.name()))));
    }

    private static String optionKey(Question question, Choice choice) {
        return question.name() + " " + choice.name();
    }

    private QuestionColumns columns(Question q) {
        String label = questionText(q);
        return switch (q.type()) {
            case SELECT_ONE -> {
                ChoiceCodes codes = ChoiceCodes.of(q.choices());
                yield new QuestionColumns(q, withOtherText(q, List.of(choiceColumn(q, q.name(), label, codes))));
            }
            case MATRIX -> {
                ChoiceCodes codes = ChoiceCodes.of(q.choices());
                yield new QuestionColumns(q, q.rows().stream()
                        .map(row -> (AnswerColumn) choiceColumn(q, q.rowVariable(row), label + " — " + rowText(q, row), codes))
                        .toList());
            }
            case SELECT_MULTIPLE -> {
                ChoiceCodes codes = ChoiceCodes.of(q.choices());
                yield new QuestionColumns(q, withOtherText(q, codes.all().stream()
                        .map(coded -> (AnswerColumn) optionColumn(q, coded, label, codes)).toList()));
            }
            case INTEGER, DECIMAL, RANGE -> new QuestionColumns(q, List.of(new NumberColumn(q.name(), new Variable(variableNames.get(q.name()),
                    label, 0, missingLabels(), missingRange(MissingCode.DONT_UNDERSTAND.code())))));
            case TEXT -> new QuestionColumns(q, List.of(new TextColumn(q.name(), new Variable(variableNames.get(q.name()),
                    label, TEXT_BYTES, Map.of(), null))));
            case DATE -> new QuestionColumns(q, List.of(new DateColumn(q.name(), new Variable(variableNames.get(q.name()),
                    label, DATE_BYTES, Map.of(), null))));
            case CALCULATE -> new QuestionColumns(q, List.of(new CalculatedColumn(q.name(), new Variable(variableNames.get(q.name()),
                    label, TEXT_BYTES, Map.of(), null), new Variable(variableNames.get(q.name()), label, 0, missingLabels(),
                    missingRange(MissingCode.DONT_UNDERSTAND.code())))));
            case NOTE -> throw new IllegalArgumentException("a note has no column");
        };
    }

    /** The columns of a select, followed with or_other by the text typed with "Other, namely" ({@code <name>_other}). */
    private List<AnswerColumn> withOtherText(Question q, List<AnswerColumn> columns) {
        if (!q.orOther()) {
            return columns;
        }
        List<AnswerColumn> all = new ArrayList<>(columns);
        all.add(new TextColumn(q.otherVariable(), new Variable(variableNames.get(q.otherVariable()),
                questionText(q) + " — " + otherLabel(), TEXT_BYTES, Map.of(), null)));
        return List.copyOf(all);
    }

    private String otherLabel() {
        return language == Language.NL ? "Anders, namelijk" : "Other, namely";
    }

    private ChoiceColumn choiceColumn(Question q, String variable, String label, ChoiceCodes codes) {
        Map<Integer, String> choiceLabels = new LinkedHashMap<>();
        codes.all().forEach(coded -> choiceLabels.put(coded.code(), choiceText(q, codes, coded.choice())));
        Map<Double, String> valueLabels = new LinkedHashMap<>();
        choiceLabels.forEach((code, text) -> valueLabels.put((double) code, text));
        valueLabels.putAll(missingLabels());
        return new ChoiceColumn(variable, new Variable(variableNames.get(variable), label, 0, valueLabels,
                missingRange(codes.lowestMissing())), codes, choiceLabels);
    }

    private ChosenColumn optionColumn(Question q, ChoiceCodes.Coded option, String label, ChoiceCodes codes) {
        Map<Integer, String> missingChoices = new LinkedHashMap<>();
        codes.all().stream().filter(coded -> coded.choice().missing())
                .forEach(coded -> missingChoices.put(coded.code(), choiceText(q, codes, coded.choice())));
        Map<Double, String> valueLabels = new LinkedHashMap<>();
        valueLabels.put(1.0, language == Language.NL ? "gekozen" : "chosen");
        valueLabels.put(0.0, language == Language.NL ? "niet gekozen" : "not chosen");
        missingChoices.forEach((code, text) -> valueLabels.put((double) code, text));
        valueLabels.putAll(missingLabels());
        Variable variable = new Variable(optionNames.get(optionKey(q, option.choice())), label + " — " + choiceText(q, codes, option.choice()),
                0, valueLabels, missingRange(codes.lowestMissing()));
        return new ChosenColumn(q.name(), option.choice().name(), variable, codes, missingChoices);
    }

    private Map<Double, String> missingLabels() {
        Map<Double, String> labels = new LinkedHashMap<>();
        for (MissingCode code : MissingCode.values()) {
            labels.put((double) code.code(), code.label(language));
        }
        return labels;
    }

    private static Variable.MissingRange missingRange(int lowest) {
        return new Variable.MissingRange(lowest, MissingCode.NOT_ASKED.code());
    }

    private String questionText(Question q) {
        return q.label() == null ? q.name() : published.text(language, q.textKey("label"), q.label());
    }

    private String rowText(Question q, MatrixRow row) {
        return published.text(language, q.rowTextKey(row), row.label());
    }

    /** A choice's label; the option or_other adds has no text in the questionnaire, so it is said in staff words. */
    private String choiceText(Question q, ChoiceCodes codes, Choice choice) {
        if (q.orOther() && choice.name().equals(Choice.OTHER)) {
            return otherLabel();
        }
        return published.text(language, codes.list().textKey(choice), choice.label());
    }

    public Language language() {
        return language;
    }

    /** Every column, in the export's order. */
    public List<ExportColumn> all() {
        return Stream.<Stream<? extends ExportColumn>>of(response.stream(), frame.stream(),
                questions.stream().flatMap(q -> q.columns().stream())).<ExportColumn>flatMap(s -> s).toList();
    }

    List<ExportColumn> responseColumns() {
        return List.copyOf(response);
    }

    List<FrameColumn> frameColumns() {
        return List.copyOf(frame);
    }

    public List<QuestionColumns> questions() {
        return List.copyOf(questions);
    }
}
