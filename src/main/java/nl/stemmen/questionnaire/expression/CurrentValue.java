package nl.stemmen.questionnaire.expression;

/** {@code .}: the answer being checked by a constraint. */
record CurrentValue() implements Node {

    @Override
    public Value evaluate(EvaluationContext context) {
        return context.currentValue();
    }
}
