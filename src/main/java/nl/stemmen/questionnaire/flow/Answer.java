package nl.stemmen.questionnaire.flow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.stemmen.questionnaire.expression.Value;
import nl.stemmen.questionnaire.model.QuestionType;

/**
 * The typed answer to one variable. Exactly one of {@code text}, {@code number}, {@code date} or
 * {@code choices} is set when the status is ANSWERED; a select_one answer is a one-element choices list.
 * A calculate's value has the type CALCULATE and its text, number or date set, as its result was.
 */
public record Answer(String variable, QuestionType type, AnswerStatus status, String text, BigDecimal number,
        LocalDate date, List<String> choices) {

    /** What the answer table's number column holds: numeric(21, 6), so below 10^15 with 6 decimals. */
    private static final double MAX_NUMBER = 1e15;
    private static final int NUMBER_SCALE = 6;

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

    /**
     * What a calculate stores for the value of its calculation: a number (rounded to the answer table's
     * 6 decimals) or a date as such, anything else as text (true/false, chosen names separated by a space);
     * nothing for an empty text or a number that cannot be stored (NaN, infinite, over 15 digits before the
     * decimal mark). Text is cut at {@link TypedInput#MAX_TEXT_LENGTH} characters, as typed text is.
     */
    public static Optional<Answer> calculated(String variable, Value value) {
        if (value.type() == Value.Type.NUMBER) {
            double number = value.asNumber();
            if (!Double.isFinite(number) || Math.abs(number) >= MAX_NUMBER) {
                return Optional.empty();
            }
            BigDecimal rounded = BigDecimal.valueOf(number).setScale(NUMBER_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
            return Optional.of(new Answer(variable, QuestionType.CALCULATE, AnswerStatus.ANSWERED, null,
                    rounded.scale() < 0 ? rounded.setScale(0) : rounded, null, List.of()));
        }
        if (value.type() == Value.Type.DATE) {
            return Optional.of(new Answer(variable, QuestionType.CALCULATE, AnswerStatus.ANSWERED, null, null,
                    value.asDate().orElseThrow(), List.of()));
        }
        String text = value.asString();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.codePointCount(0, text.length()) > TypedInput.MAX_TEXT_LENGTH) {
            text = text.substring(0, text.offsetByCodePoints(0, TypedInput.MAX_TEXT_LENGTH));
        }
        return Optional.of(new Answer(variable, QuestionType.CALCULATE, AnswerStatus.ANSWERED, text, null, null, List.of()));
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
            case CALCULATE -> number != null ? Value.ofNumber(number.doubleValue())
                    : date != null ? Value.ofDate(date) : Value.ofString(text);
            default -> Value.ofString(text);
        };
    }
}
