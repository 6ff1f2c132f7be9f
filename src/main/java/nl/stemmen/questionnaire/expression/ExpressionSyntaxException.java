package nl.stemmen.questionnaire.expression;

/**
 * An expression that cannot be parsed. The message is meant for the questionnaire author and
 * does not repeat the position; {@link #position()} says where in the source the problem is.
 */
public class ExpressionSyntaxException extends Exception {

    /** What kind of mistake was found, for callers that react differently to each. */
    public enum Reason {
        UNEXPECTED_CHARACTER,
        UNTERMINATED_STRING,
        UNEXPECTED_END,
        UNEXPECTED_TOKEN,
        UNKNOWN_FUNCTION,
        WRONG_NUMBER_OF_ARGUMENTS,
        INVALID_ARGUMENT,
        /** nested or chained beyond the limits that keep parsing and evaluation off the stack's edge */
        TOO_DEEP
    }

    private final Reason reason;
    private final int position;

    ExpressionSyntaxException(Reason reason, String message, int position) {
        super(message);
        this.reason = reason;
        this.position = position;
    }

    public Reason reason() {
        return reason;
    }

    /** The 0-based character offset in the source where the problem was found. */
    public int position() {
        return position;
    }
}
