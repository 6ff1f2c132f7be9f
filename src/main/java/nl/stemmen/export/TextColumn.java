package nl.stemmen.export;

import java.util.List;

/**
 * A text or date question: the text as stored, a date as {@code YYYY-MM-DD}, or a {@link MissingCode}
 * (a number cell, so that the CSV writes -1 as it is, while a typed "-1" is written inert as '-1).
 */
record TextColumn(String answerVariable, Variable variable) implements AnswerColumn {

    @Override
    public Object cell(ExportedResponse response) {
        List<AnswerRow> rows = response.answers(answerVariable);
        return MissingCode.of(rows).<Object>map(MissingCode::cell).orElseGet(() -> {
            AnswerRow row = rows.get(0);
            return row.date() != null ? row.date().toString() : row.text();
        });
    }
}
