package nl.stemmen.export;

import java.util.List;

/** A date question: the date as {@code YYYY-MM-DD}, or a {@link MissingCode}. */
record DateColumn(String answerVariable, Variable variable) implements AnswerColumn {

    @Override
    public Object cell(ExportedResponse response) {
        List<AnswerRow> rows = response.answers(answerVariable);
        return MissingCode.of(rows).<Object>map(MissingCode::cell).orElseGet(() -> String.valueOf(rows.get(0).date()));
    }
}
