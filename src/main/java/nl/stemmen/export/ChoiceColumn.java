package nl.stemmen.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A select_one question, or one statement of a matrix: the chosen option's code ({@link ChoiceCodes}),
 * or a {@link MissingCode}; empty for an option the list does not know (another questionnaire version).
 *
 * @param choiceLabels every choice's code → its label in the export's language, for the CSV's label mode
 */
record ChoiceColumn(String answerVariable, Variable variable, ChoiceCodes codes, Map<Integer, String> choiceLabels)
        implements AnswerColumn {

    @Override
    public Object cell(ExportedResponse response) {
        List<AnswerRow> rows = response.answers(answerVariable);
        return MissingCode.of(rows).<Object>map(MissingCode::cell)
                .orElseGet(() -> codes.code(rows.get(0).text()).map(c -> BigDecimal.valueOf(c.code())).orElse(null));
    }

    @Override
    public Object labelled(Object cell) {
        return ExportColumn.choiceLabel(cell, choiceLabels);
    }
}
