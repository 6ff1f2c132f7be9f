package nl.stemmen.questionnaire.expression;

/** A quoted string or a number written in the expression. */
record Literal(Value value) implements Node {

    @Override
    public Value evaluate(EvaluationContext context) {
        return value;
    }
}
