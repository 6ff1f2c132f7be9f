package nl.stemmen.questionnaire.expression;

/** A function called with too few or too many arguments. */
public class ExpressionArityException extends ExpressionSyntaxException {

    private final String functionName;
    private final int argumentCount;

    ExpressionArityException(FunctionDefinition function, int argumentCount, int position) {
        super(Reason.WRONG_NUMBER_OF_ARGUMENTS,
                "'" + function.name() + "' takes " + function.describeArity() + " but was given " + argumentCount,
                position);
        this.functionName = function.name();
        this.argumentCount = argumentCount;
    }

    public String functionName() {
        return functionName;
    }

    public int argumentCount() {
        return argumentCount;
    }
}
