package nl.stemmen.monitor.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import nl.stemmen.questionnaire.model.Choice;

/**
 * Answers to one single-choice variable by the categories of one dimension, in the API's JSON: a
 * count is a number, or {@code {"suppressed": "primary" | "complementary"}} where it may not be shown.
 *
 * @param categories the dimension's categories in column order, {@code unknown} last
 * @param rows one per choice of the question, in the questionnaire's order
 * @param totals the column totals and the grand total
 */
public record Crosstab(String study, String question, String by, @JsonProperty("minimum_cell") int minimumCell,
        List<String> categories, List<ChoiceRow> rows, Totals totals) {

    /**
     * @param missing whether the questionnaire codes this choice as missing (don't know, rather not say)
     * @param counts by category, as {@link #categories}
     */
    public record ChoiceRow(String choice, String label, boolean missing, Map<String, Object> counts, Object total) {
    }

    public record Totals(Map<String, Object> counts, Object total) {
    }

    /** The JSON of a suppressed table whose rows are {@code choices} and columns {@code categories}. */
    static Crosstab of(String study, String question, String by, int minimum, List<String> categories,
            List<Choice> choices, SuppressedTable table) {
        List<ChoiceRow> rows = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            rows.add(new ChoiceRow(choices.get(i).name(), choices.get(i).label(), choices.get(i).missing(),
                    byCategory(categories, table.cells().get(i)), shown(table.rowTotals().get(i))));
        }
        return new Crosstab(study, question, by, minimum, categories, rows,
                new Totals(byCategory(categories, table.columnTotals()), shown(table.total())));
    }

    private static Map<String, Object> byCategory(List<String> categories, List<SuppressedTable.Cell> cells) {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (int j = 0; j < categories.size(); j++) {
            counts.put(categories.get(j), shown(cells.get(j)));
        }
        return counts;
    }

    /** The count, or what stands in its place. */
    private static Object shown(SuppressedTable.Cell cell) {
        return cell.shown() ? (Object) cell.count() : Map.of("suppressed", cell.suppressed().code());
    }
}
