package nl.stemmen.export;

import java.math.BigDecimal;
import java.util.List;

/** An integer or decimal question: the number as typed (2020, 650.5), or a {@link MissingCode}. */
record NumberColumn(String answerVariable, Variable variable) implements AnswerColumn {

    @Override
    public Object cell(ExportedResponse response) {
        List<AnswerRow> rows = response.answers(answerVariable);
        return MissingCode.of(rows).<Object>map(MissingCode::cell).orElseGet(() -> typed(rows.get(0).number()));
    }

    /** 2020, not 2020.000000 (the column's scale) nor 2.02E+3. */
    static BigDecimal typed(BigDecimal stored) {
        if (stored == null) {
            return null;
        }
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
