package nl.stemmen.questionnaire.expression;

/** A call to a function that is not in the {@link Functions} registry. */
public class UnknownFunctionException extends ExpressionSyntaxException {

    private final String functionName;

    UnknownFunctionException(String functionName, int position) {
        super(Reason.UNKNOWN_FUNCTION,
                "unknown function '" + functionName + "' (known: " + String.join(", ", Functions.names()) + ")",
                position);
        this.functionName = functionName;
    }

    public String functionName() {
        return functionName;
    }
}
