package nl.stemmen.xlsform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.stemmen.questionnaire.expression.Expression;
import nl.stemmen.questionnaire.model.Choice;
import nl.stemmen.questionnaire.model.ChoiceList;
import nl.stemmen.questionnaire.model.MatrixRow;
import nl.stemmen.questionnaire.model.Page;
import nl.stemmen.questionnaire.model.Question;
import nl.stemmen.questionnaire.model.QuestionType;
import nl.stemmen.questionnaire.model.Questionnaire;
import nl.stemmen.questionnaire.translation.Translation;

/**
 * Writes a questionnaire and its translations as an XLSForm workbook (.xlsx) that {@link XlsformImport} reads back
 * to the same questionnaire: each page a {@code begin_group} with appearance {@code field-list}, texts in
 * {@code label::Nederlands (nl)}, {@code label::English (en)} … columns (source language first), a matrix as
 * {@code matrix <list>} with its statements in a choice list named in the {@code rows} column (a statement's
 * {@code relevant} in that list's {@code relevant} column), XLSForm's {@code calculation}, {@code choice_filter},
 * {@code parameters} and {@code or_other} as XLSForm writes them, a choice's {@code exclusive} and its own columns
 * (which a choice_filter reads) on the choices sheet, Stemmen's own settings ({@code intro}, {@code outro}, {@code dont_understand}, {@code frame_attributes}) on the settings sheet.
 * Only current translations are written: a stale or fuzzy one leaves its cell empty.
 */
public final class XlsformExport {

    /**
     * @param questionnaire the questionnaire, texts in its source language
     * @param translations language code → its translation; languages listed by the questionnaire but absent here get
     *        empty columns
     * @return the .xlsx file's bytes
     */
    public byte[] export(Questionnaire questionnaire, Map<String, Translation> translations) {
        List<String> languages = new ArrayList<>();
        languages.add(questionnaire.language());
        languages.addAll(questionnaire.translations());
        Texts texts = new Texts(questionnaire, languages, translations);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Map<String, String> rowLists = rowListNames(questionnaire);
            survey(book.createSheet("survey"), bold, questionnaire, texts, rowLists);
            choices(book.createSheet("choices"), bold, questionnaire, texts, rowLists);
            settings(book.createSheet("settings"), bold, questionnaire, texts);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a workbook in memory", e);
        }
    }

    /** Each matrix's statements go to a choice list named after the matrix, made unique among the lists. */
    private static Map<String, String> rowListNames(Questionnaire questionnaire) {
        Map<String, String> names = new LinkedHashMap<>();
        questionnaire.questions().filter(q -> q.type() == QuestionType.MATRIX).forEach(q -> {
            String name = q.name() + "_rows";
            while (questionnaire.choiceLists().containsKey(name) || names.containsValue(name)) {
                name = name + "_";
            }
            names.put(q.name(), name);
        });
        return names;
    }

    private void survey(Sheet sheet, CellStyle bold, Questionnaire questionnaire, Texts texts,
            Map<String, String> rowLists) {
        List<Question> all = questionnaire.questions().toList();
        Table table = new Table(sheet, bold);
        table.column("type").column("name").texts("label", texts.languages);
        table.textsIf("hint", texts.languages, all.stream().anyMatch(q -> q.hint() != null));
        table.column("required");
        table.textsIf("required_message", texts.languages, all.stream().anyMatch(q -> q.requiredMessage() != null));
        table.column("relevant").column("constraint");
        table.textsIf("constraint_message", texts.languages, all.stream().anyMatch(q -> q.constraintMessage() != null));
        table.column("appearance");
        if (!rowLists.isEmpty()) {
            table.column("rows");
        }
        columnIf(table, "calculation", all.stream().anyMatch(q -> q.calculation().isPresent()));
        columnIf(table, "choice_filter", all.stream().anyMatch(q -> q.choiceFilter().isPresent()));
        columnIf(table, "parameters", all.stream().anyMatch(q -> q.range() != null));
        for (Page page : questionnaire.pages()) {
            Map<String, String> group = new LinkedHashMap<>();
            group.put("type", "begin_group");
            group.put("name", page.name());
            texts.put(group, "label", page.titleKey(), page.title());
            group.put("appearance", "field-list");
            page.relevant().map(Expression::source).ifPresent(r -> group.put("relevant", r));
            table.row(group);
            for (Question q : page.questions()) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("type", q.type().keyword() + (q.choices() == null ? "" : " " + q.choices().name())
                        + (q.orOther() ? " or_other" : ""));
                row.put("name", q.name());
                texts.put(row, "label", q.textKey("label"), q.label());
                texts.put(row, "hint", q.textKey("hint"), q.hint());
                row.put("required", q.required() ? "yes" : null);
                texts.put(row, "required_message", q.textKey("required_message"), q.requiredMessage());
                q.relevant().map(Expression::source).ifPresent(r -> row.put("relevant", r));
                q.constraint().map(Expression::source).ifPresent(c -> row.put("constraint", c));
                texts.put(row, "constraint_message", q.textKey("constraint_message"), q.constraintMessage());
                row.put("rows", rowLists.get(q.name()));
                q.calculation().map(Expression::source).ifPresent(c -> row.put("calculation", c));
                q.choiceFilter().map(Expression::source).ifPresent(f -> row.put("choice_filter", f));
                if (q.range() != null) {
                    row.put("parameters", "start=" + q.range().start().toPlainString() + " end="
                            + q.range().end().toPlainString() + " step=" + q.range().step().toPlainString());
                }
                table.row(row);
            }
            table.row(Map.of("type", "end_group"));
        }
    }

    private void choices(Sheet sheet, CellStyle bold, Questionnaire questionnaire, Texts texts,
            Map<String, String> rowLists) {
        Table table = new Table(sheet, bold);
        table.column("list_name").column("name").texts("label", texts.languages);
        boolean missing = questionnaire.choiceLists().values().stream()
                .anyMatch(l -> l.choices().stream().anyMatch(Choice::missing));
        columnIf(table, "missing", missing);
        columnIf(table, "exclusive", questionnaire.choiceLists().values().stream()
                .anyMatch(l -> l.choices().stream().anyMatch(Choice::exclusive)));
        // a choice's own columns, which a choice_filter reads
        Set<String> own = new LinkedHashSet<>();
        questionnaire.choiceLists().values().forEach(l -> l.choices().forEach(c -> own.addAll(c.columns().keySet())));
        own.forEach(table::column);
        columnIf(table, "relevant", questionnaire.questions()
                .anyMatch(q -> q.rows().stream().anyMatch(r -> r.relevant().isPresent())));
        for (ChoiceList list : questionnaire.choiceLists().values()) {
            for (Choice choice : list.choices()) {
                Map<String, String> row = new LinkedHashMap<>(choice.columns());
                row.put("list_name", list.name());
                row.put("name", choice.name());
                texts.put(row, "label", list.textKey(choice), choice.label());
                row.put("missing", choice.missing() ? "yes" : null);
                row.put("exclusive", choice.exclusive() ? "yes" : null);
                choice.columns().forEach(row::putIfAbsent);
                table.row(row);
            }
        }
        questionnaire.questions().filter(q -> rowLists.containsKey(q.name())).forEach(q -> {
            for (MatrixRow matrixRow : q.rows()) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("list_name", rowLists.get(q.name()));
                row.put("name", matrixRow.name());
                texts.put(row, "label", q.rowTextKey(matrixRow), matrixRow.label());
                matrixRow.relevant().map(Expression::source).ifPresent(r -> row.put("relevant", r));
                table.row(row);
            }
        });
    }

    private static void columnIf(Table table, String header, boolean used) {
        if (used) {
            table.column(header);
        }
    }

    private void settings(Sheet sheet, CellStyle bold, Questionnaire questionnaire, Texts texts) {
        Table table = new Table(sheet, bold);
        List<String> others = texts.languages.subList(1, texts.languages.size());
        table.column("form_title").texts("form_title", others).column("form_id").column("version")
                .column("default_language");
        table.textsIf("intro", texts.languages, questionnaire.intro() != null);
        table.textsIf("outro", texts.languages, questionnaire.outro() != null);
        table.column("dont_understand").column("frame_attributes");
        Map<String, String> row = new LinkedHashMap<>();
        texts.put(row, "form_title", "title", questionnaire.title());
        row.put("form_title", questionnaire.title());
        row.put("form_id", questionnaire.id());
        row.put("version", String.valueOf(questionnaire.version()));
        row.put("default_language", LanguageNames.header(questionnaire.language()));
        texts.put(row, "intro", "intro", questionnaire.intro());
        texts.put(row, "outro", "outro", questionnaire.outro());
        row.put("dont_understand", questionnaire.dontUnderstand() ? "yes" : null);
        row.put("frame_attributes", questionnaire.frameAttributes().isEmpty() ? null
                : String.join(" ", questionnaire.frameAttributes()));
        table.row(row);
    }

    /** The texts of every language, as cells of {@code <column>::<Name> (code)} columns. */
    private static final class Texts {
        private final List<String> languages;
        private final Map<String, Translation> translations;
        private final String source;

        Texts(Questionnaire questionnaire, List<String> languages, Map<String, Translation> translations) {
            this.languages = List.copyOf(languages);
            this.translations = translations;
            this.source = questionnaire.language();
        }

        /** Puts the text and its translations in the row, under their language columns; nothing for a null text. */
        void put(Map<String, String> row, String column, String key, String text) {
            if (text == null) {
                return;
            }
            for (String language : languages) {
                Translation translation = translations.get(language);
                row.put(column + "::" + LanguageNames.header(language), language.equals(source) ? text
                        : translation == null ? null : translation.text(key, text).orElse(null));
            }
        }
    }

    /** A sheet written row by row under a header of named columns; cells are always text. */
    private static final class Table {
        private final Sheet sheet;
        private final CellStyle bold;
        private final Map<String, Integer> columns = new LinkedHashMap<>();
        private int next = 1;

        Table(Sheet sheet, CellStyle bold) {
            this.sheet = sheet;
            this.bold = bold;
            sheet.createRow(0);
            sheet.createFreezePane(0, 1);
        }

        Table column(String header) {
            int index = columns.size();
            columns.put(header, index);
            var cell = sheet.getRow(0).createCell(index);
            cell.setCellValue(header);
            cell.setCellStyle(bold);
            sheet.setColumnWidth(index, (header.startsWith("label") || header.startsWith("hint") ? 40 : 16) * 256);
            return this;
        }

        Table texts(String column, List<String> languages) {
            languages.forEach(language -> column(column + "::" + LanguageNames.header(language)));
            return this;
        }

        Table textsIf(String column, List<String> languages, boolean used) {
            return used ? texts(column, languages) : this;
        }

        void row(Map<String, String> cells) {
            Row row = sheet.createRow(next++);
            cells.forEach((header, value) -> {
                Integer index = columns.get(header);
                if (value != null && index != null) {
                    row.createCell(index).setCellValue(value);
                }
            });
        }
    }
}
