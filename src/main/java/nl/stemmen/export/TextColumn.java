package nl.stemmen.export;

import java.util.List;

import nl.stemmen.api.SpreadsheetCells;

/**
 * A text question: the text as typed, or a {@link MissingCode}. A text that a spreadsheet would run as
 * a formula (starting with = + - @) gets a leading apostrophe, in the CSV and the .sav alike, so a typed
 * "-1" reads '-1 and is never taken for the code -1.
 */
record TextColumn(String answerVariable, Variable variable) implements AnswerColumn {

    @Override
    public Object cell(ExportedResponse response) {
        List<AnswerRow> rows = response.answers(answerVariable);
        return MissingCode.of(rows).<Object>map(MissingCode::cell).orElseGet(() -> SpreadsheetCells.inert(rows.get(0).text()));
    }
}
