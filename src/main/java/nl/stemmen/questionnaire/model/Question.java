package nl.stemmen.questionnaire.model;

import java.util.List;
import java.util.Optional;

import nl.stemmen.questionnaire.expression.Expression;

/**
 * A question as written in the questionnaire file. Texts are in the source language; their
 * translation key is {@code <page>.<question>.<field>}. {@code calculation} is set for a
 * {@link QuestionType#CALCULATE} only: the expression whose value the question stores.
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
        Optional<Expression> calculation) {

    /** The variables this question stores: none for a note, one per row for a matrix, else its name (a calculate's too). */
    public List<String> variables() {
        return switch (type) {
            case NOTE -> List.of();
            case MATRIX -> rows.stream().map(this::rowVariable).toList();
            default -> List.of(name);
        };
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
