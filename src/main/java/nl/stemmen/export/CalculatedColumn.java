package nl.stemmen.export;

import java.util.List;

import nl.stemmen.api.SpreadsheetCells;

/**
 * A calculate: the value its calculation stored, as its type was: a number as computed (12.5), a date as
 * {@code YYYY-MM-DD}, a text as a text answer is written (inert to spreadsheets), or a {@link MissingCode}
 * ({@code -1} when it was not relevant or came out empty). {@code variable} is the column as a string;
 * {@code asNumbers} the same column as numbers, which the .sav takes when every value the export holds is
 * a number ({@link StringWidths}).
 */
record CalculatedColumn(String answerVariable, Variable variable, Variable asNumbers) implements AnswerColumn {

    @Override
    public Object cell(ExportedResponse response) {
        List<AnswerRow> rows = response.answers(answerVariable);
        return MissingCode.of(rows).<Object>map(MissingCode::cell).orElseGet(() -> {
            AnswerRow row = rows.get(0);
            if (row.number() != null) {
                return NumberColumn.typed(row.number());
            }
            return row.date() != null ? row.date().toString() : SpreadsheetCells.inert(row.text());
        });
    }
}
