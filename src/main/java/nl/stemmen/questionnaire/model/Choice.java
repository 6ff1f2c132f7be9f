package nl.stemmen.questionnaire.model;

import java.util.Map;

/**
 * One answer option. {@code missing} marks "don't know / rather not say", which analysis treats as
 * missing; {@code exclusive} ("none of these") cannot be ticked with another option of a select_multiple;
 * {@code columns} are the extra columns a choice_filter reads (column → value), empty when none.
 */
public record Choice(String name, String label, boolean missing, boolean exclusive, Map<String, String> columns) {

    /** The name of the option that {@code or_other} adds to a list. */
    public static final String OTHER = "other";
}
