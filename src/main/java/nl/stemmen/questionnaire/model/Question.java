package nl.stemmen.questionnaire.model;

import java.util.List;
import java.util.Optional;

import nl.stemmen.questionnaire.expression.Expression;

/**
 * A question as written in the questionnaire file. Texts are in the source language; their
 * translation key is {@code <page>.<question>.<field>}. {@code choiceFilter}: which choices are shown
 * (over answers on earlier pages); {@code orOther}: the list ends with {@link Choice#OTHER}, whose text
 * is the variable {@code <name>_other}; {@code range}: the numbers of a range question, else null;
 * {@code checks}: the name of the landing page's filter question whose answer this control question repeats
 * (mismatches are counted in the monitor, never refused), else null.
 * {@code calculation} is set for a {@link QuestionType#CALCULATE} only: the expression whose value the
 * question stores.
 */
public record Question(
        String page,
        String name,
        QuestionType type,
        ChoiceList choices,
        List<MatrixRow> rows,
        String label,
        String hint,
        boolean required,
        String requiredMessage,
        Optional<Expression> relevant,
        Optional<Expression> constraint,
        String constraintMessage,
        int line,
        Optional<Expression> choiceFilter,
        boolean orOther,
        Range range,
        String checks, Optional<Expression> calculation) {

    /**
     * The variables this question stores: none for a note, one per row for a matrix, else its name (a
     * calculate's too), followed by {@code <name>_other} with or_other.
     */
    public List<String> variables() {
        return switch (type) {
            case NOTE -> List.of();
            case MATRIX -> rows.stream().map(this::rowVariable).toList();
            default -> orOther ? List.of(name, otherVariable()) : List.of(name);
        };
    }

    /** The variable of the text typed with "Other, namely" ({@code or_other}). */
    public String otherVariable() {
        return name + "_" + Choice.OTHER;
    }

    /** Whether {@code variable} is this question's text of "Other, namely" (a text, not a choice). */
    public boolean isOtherText(String variable) {
        return orOther && variable.equals(otherVariable());
    }

    public String rowVariable(MatrixRow row) {
        return name + "_" + row.name();
    }

    public String textKey(String field) {
        return page + "." + name + "." + field;
    }

    public String rowTextKey(MatrixRow row) {
        return page + "." + name + ".row." + row.name();
    }
}
