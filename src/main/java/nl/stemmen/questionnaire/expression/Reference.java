package nl.stemmen.questionnaire.expression;

/** {@code ${name}}: the answer to another question. */
record Reference(String name) implements Node {

    @Override
    public Value evaluate(EvaluationContext context) {
        return context.answer(name);
    }
}
