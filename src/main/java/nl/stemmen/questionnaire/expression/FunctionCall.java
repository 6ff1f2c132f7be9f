package nl.stemmen.questionnaire.expression;

import java.util.List;

/** A call of a registered function; the parser has already checked that the argument count fits. */
record FunctionCall(FunctionDefinition function, List<Node> arguments) implements Node {

    FunctionCall {
        arguments = List.copyOf(arguments);
    }

    @Override
    public Value evaluate(EvaluationContext context) {
        return function.body().apply(new Arguments(arguments, context));
    }

    @Override
    public List<Node> children() {
        return arguments;
    }
}
