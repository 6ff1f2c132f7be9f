package nl.stemmen.questionnaire.expression;

import java.time.LocalDate;

/** What an expression can see while it is evaluated: the answers so far, '.' and today's date. */
public interface EvaluationContext {

    /** The answer to question {@code name}, or {@link Value#EMPTY} when unanswered or not relevant. */
    Value answer(String name);

    /** The value of {@code .}: the answer being checked by a constraint. */
    Value currentValue();

    LocalDate today();

    /**
     * The respondent's value of a sample-frame attribute ({@code frame('gender')}), or
     * {@link Value#EMPTY} when there is none: no frame row behind the response, or an empty cell.
     */
    default Value frameAttribute(String name) {
        return Value.EMPTY;
    }

    /**
     * A field of the choice a choice_filter is deciding on ({@code name}, or a column such as
     * {@code country}); {@link Value#EMPTY} outside a choice_filter and for a column the choice lacks.
     */
    default Value choiceField(String column) {
        return Value.EMPTY;
    }
}
