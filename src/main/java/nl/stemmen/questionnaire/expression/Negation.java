package nl.stemmen.questionnaire.expression;

import java.util.List;

/** Unary minus. */
record Negation(Node operand) implements Node {

    @Override
    public Value evaluate(EvaluationContext context) {
        return Value.ofNumber(-operand.evaluate(context).asNumber());
    }

    @Override
    public List<Node> children() {
        return List.of(operand);
    }
}
