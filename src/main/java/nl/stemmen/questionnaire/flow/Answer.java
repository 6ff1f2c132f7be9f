package nl.stemmen.questionnaire.flow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import nl.stemmen.questionnaire.expression.Value;
import nl.stemmen.questionnaire.model.QuestionType;

/**
 * The typed answer to one variable. Exactly one of {@code text}, {@code number}, {@code date} or
 * {@code choices} is set when the status is ANSWERED; a select_one answer is a one-element choices list.
 */
public record Answer(String variable, QuestionType type, AnswerStatus status, String text, BigDecimal number,
        LocalDate date, List<String> choices) {

    public static Answer unanswered(String variable, QuestionType type) {
        return new Answer(variable, type, AnswerStatus.UNANSWERED, null, null, null, List.of());
    }

    public static Answer dontUnderstand(String variable, QuestionType type) {
        return new Answer(variable, type, AnswerStatus.DONT_UNDERSTAND, null, null, null, List.of());
    }

    public static Answer text(String variable, String text) {
        return new Answer(variable, QuestionType.TEXT, AnswerStatus.ANSWERED, text, null, null, List.of());
    }

    public static Answer number(String variable, QuestionType type, BigDecimal number) {
        return new Answer(variable, type, AnswerStatus.ANSWERED, null, number, null, List.of());
    }

    public static Answer date(String variable, LocalDate date) {
        return new Answer(variable, QuestionType.DATE, AnswerStatus.ANSWERED, null, null, date, List.of());
    }

    public static Answer choices(String variable, QuestionType type, List<String> choices) {
        return new Answer(variable, type, AnswerStatus.ANSWERED, null, null, null, List.copyOf(choices));
    }

    public boolean isAnswered() {
        return status == AnswerStatus.ANSWERED;
    }

    /** The answer as expressions see it: empty unless answered. */
    public Value value() {
        if (!isAnswered()) {
            return Value.EMPTY;
        }
        return switch (type) {
            case SELECT_MULTIPLE -> Value.ofChoices(choices);
            case SELECT_ONE, MATRIX -> Value.ofString(choices.get(0));
            case INTEGER, DECIMAL, RANGE -> Value.ofNumber(number.doubleValue());
            case DATE -> Value.ofDate(date);
            default -> Value.ofString(text);
        };
    }
}
