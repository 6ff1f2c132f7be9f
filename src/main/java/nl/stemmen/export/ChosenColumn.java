package nl.stemmen.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One option of a select_multiple question, as SPSS users expect: 1 chosen, 0 not chosen, or a
 * {@link MissingCode}. When every option chosen is a {@code missing: true} one ("rather not say"),
 * the other options' columns hold that option's code instead of 0: the respondent said nothing
 * about them, and a 0 would count them as "no" (docs/export-codes.md).
 *
 * @param missingLabels the missing options' codes → labels in the export's language, for the CSV's label mode
 */
record ChosenColumn(String answerVariable, String choice, Variable variable, ChoiceCodes codes,
        Map<Integer, String> missingLabels) implements AnswerColumn {

    @Override
    public Object cell(ExportedResponse response) {
        List<AnswerRow> rows = response.answers(answerVariable);
        return MissingCode.of(rows).<Object>map(MissingCode::cell).orElseGet(() -> chosen(rows));
    }

    private Object chosen(List<AnswerRow> rows) {
        if (rows.stream().anyMatch(row -> choice.equals(row.text()))) {
            return BigDecimal.ONE;
        }
        if (rows.stream().allMatch(AnswerRow::missing)) {
            return codes.code(rows.get(0).text()).<Object>map(c -> BigDecimal.valueOf(c.code())).orElse(null);
        }
        return BigDecimal.ZERO;
    }

    @Override
    public Object labelled(Object cell) {
        return ExportColumn.choiceLabel(cell, missingLabels);
    }
}
