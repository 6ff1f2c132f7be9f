package nl.stemmen.questionnaire.expression;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * What an expression can see while it is evaluated: the answers so far, '.', today's date and the moment,
 * choice labels, and in a choice_filter the fields of the choice being decided on.
 */
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

    /** The moment of evaluation, for {@code now()}; without a clock, the start of {@link #today()} in UTC. */
    default ZonedDateTime now() {
        return today().atStartOfDay(ZoneOffset.UTC);
    }

    /**
     * The label of choice {@code choiceName} of the question that stores {@code variable}, in the
     * respondent's language ({@code jr:choice-name}); empty text when there is no such choice.
     */
    default String choiceLabel(String variable, String choiceName) {
        return "";
    }
}
