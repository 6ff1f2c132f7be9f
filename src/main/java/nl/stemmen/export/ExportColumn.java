package nl.stemmen.export;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One column of a study export: how SPSS describes it, and its cell for each response.
 * Cells are a {@link BigDecimal} (numbers and codes, also a missing code in a text column), a
 * {@link String} (text, written as is) or null (empty).
 */
public interface ExportColumn {

    Variable variable();

    Object cell(ExportedResponse response);

    /** The cell as the CSV's label mode writes it: a choice's label instead of its code; other cells unchanged. */
    default Object labelled(Object cell) {
        return cell;
    }

    /** {@code cell}'s label when it is the code of one of {@code choiceLabels}, else {@code cell}. */
    static Object choiceLabel(Object cell, Map<Integer, String> choiceLabels) {
        if (cell instanceof BigDecimal code && choiceLabels.containsKey(code.intValue())) {
            return choiceLabels.get(code.intValue());
        }
        return cell;
    }
}
