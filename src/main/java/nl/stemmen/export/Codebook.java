package nl.stemmen.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.stemmen.catalog.PublishedQuestionnaire;
import nl.stemmen.language.Language;
import nl.stemmen.questionnaire.expression.Expression;
import nl.stemmen.questionnaire.model.Page;
import nl.stemmen.questionnaire.model.Question;

/**
 * The codebook of a study export, as its printable page shows it: every column with its label and N,
 * and per question its text in the chosen language, where it is asked (the routing conditions read
 * out in words, and as written), its codes and which of them are missing.
 *
 * @param responses       how many responses the export has
 * @param responseColumns the response's own columns (N: not counted, every response has them)
 * @param frameColumns    the frame's attribute columns; N = responses whose person has a value
 * @param questions       every question with columns, in questionnaire order
 */
public record Codebook(String studyId, String studyName, String questionnaire, int version, Language language,
        boolean excludedLeftOut, long responses, List<Column> responseColumns, List<Column> frameColumns, List<Entry> questions) {

    /** A column: its name, its variable label and N (null where not counted). */
    public record Column(String name, String label, Long n) {
    }

    /** A code of a question's columns with its label; {@code missing}: a missing code (declared user-missing in .sav). */
    public record Code(String code, String label, boolean missing) {
    }

    /**
     * A condition for asking a question: its page's or its own {@code relevant}, in plain words
     * ({@link Expression#inPlainWords()}) and as the questionnaire writes it.
     *
     * @param of "pagina" (the whole page), "vraag" (the question itself), "keuzes" (its choice_filter: which
 *           options are shown) or "rij &lt;name&gt;" (one statement of a matrix)
     */
    public record Condition(String of, String words, String source) {
    }

    /** A questionnaire text, in the codebook's language or in the source language where no translation stands. */
    public record Text(String text, String lang, String dir) {
    }

    /**
     * A question of the codebook.
     *
     * @param type    its type as the questionnaire writes it, e.g. {@code select_one ja_nee},
     *                {@code range start=0 end=10 step=1}; a calculate's with its calculation,
     *                {@code calculate: ${a} + ${b}}
     * @param columns its columns, each with N = responses with a real answer (not a missing code)
     * @param missing which codes are missing, in words
     */
    public record Entry(String name, String type, Text text, Text hint, boolean required, List<Condition> conditions,
            List<Column> columns, List<Code> codes, String missing) {
    }

    /**
     * @param answered  per answer variable: responses with an answer that is not a missing choice
     * @param inFrame   per frame attribute: responses whose person has a value
     */
    static Codebook of(StudyExports.Export export, long responses, Map<String, Long> answered, Map<String, Long> inFrame) {
        ExportColumns plan = export.columns();
        List<Column> responseColumns = plan.responseColumns().stream().map(c -> column(c, null)).toList();
        List<Column> frameColumns = plan.frameColumns().stream()
                .map(c -> column(c, inFrame.getOrDefault(c.attribute(), 0L))).toList();
        List<Entry> questions = plan.questions().stream().map(q -> entry(export.questionnaire(), plan.language(), q, answered))
                .toList();
        return new Codebook(export.study().id(), export.study().definition().name(), export.questionnaire().questionnaire().title(),
                export.questionnaire().questionnaire().version(), plan.language(), export.options().leaveOutExcluded(),
                responses, responseColumns, frameColumns, questions);
    }

    private static Column column(ExportColumn column, Long n) {
        return new Column(column.variable().name(), column.variable().label(), n);
    }

    private static Entry entry(PublishedQuestionnaire published, Language language, ExportColumns.QuestionColumns q,
            Map<String, Long> answered) {
        Question question = q.question();
        List<Column> columns = q.columns().stream().map(c -> column(c, answered.getOrDefault(c.answerVariable(), 0L))).toList();
        Variable first = q.columns().get(0).variable();
        List<Code> codes = new ArrayList<>();
        first.valueLabels().forEach((code, label) -> codes.add(new Code(code(code), label, first.isMissing(code))));
        String missing = first.missing() != null ? code(first.missing().low()) + " t/m " + code(first.missing().high())
                : "-3 t/m -1, als tekst (in .sav niet als missend gedeclareerd: een tekstkolom)";
        if (first.valueLabels().isEmpty()) {
            for (MissingCode code : MissingCode.values()) {
                codes.add(new Code(String.valueOf(code.code()), code.label(language), true));
            }
        }
        String type = question.type().keyword() + (question.choices() == null ? "" : " " + question.choices().name())
                + (question.orOther() ? " or_other" : "")
                + (question.range() == null ? "" : " start=" + question.range().start().toPlainString() + " end="
                        + question.range().end().toPlainString() + " step=" + question.range().step().toPlainString())
                + question.calculation().map(c -> ": " + c.source()).orElse("");
        return new Entry(question.name(), type,
                text(published, language, question.textKey("label"), question.label()),
                text(published, language, question.textKey("hint"), question.hint()), question.required(),
                conditions(published, question), columns, codes, missing);
    }

    private static List<Condition> conditions(PublishedQuestionnaire published, Question question) {
        List<Condition> conditions = new ArrayList<>();
        Optional<Page> page = published.questionnaire().page(question.page());
        page.flatMap(Page::relevant).ifPresent(e -> conditions.add(new Condition("pagina", e.inPlainWords(), e.source())));
        question.relevant().ifPresent(e -> conditions.add(new Condition("vraag", e.inPlainWords(), e.source())));
        question.choiceFilter().ifPresent(e -> conditions.add(new Condition("keuzes", e.inPlainWords(), e.source())));
        question.rows().forEach(row -> row.relevant().ifPresent(e -> conditions.add(new Condition("rij " + row.name(),
                e.inPlainWords(), e.source()))));
        return conditions;
    }

    private static Text text(PublishedQuestionnaire published, Language language, String key, String source) {
        if (source == null) {
            return null;
        }
        Language shown = published.translation(language, key, source).isPresent() ? language : published.sourceLanguage();
        return new Text(published.text(shown, key, source), shown.code(), shown.direction());
    }

    private static String code(double code) {
        return BigDecimal.valueOf(code).stripTrailingZeros().toPlainString();
    }
}
