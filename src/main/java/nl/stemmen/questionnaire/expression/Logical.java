package nl.stemmen.questionnaire.expression;

import java.util.List;

/** {@code and} / {@code or} on the {@link Value#asBoolean()} of both sides; the right side is skipped when the left decides. */
record Logical(Operator operator, Node left, Node right) implements Node {

    enum Operator { AND, OR }

    @Override
    public Value evaluate(EvaluationContext context) {
        boolean leftTrue = left.evaluate(context).asBoolean();
        boolean leftDecides = operator == Operator.AND ? !leftTrue : leftTrue; // false ends an 'and', true an 'or'
        return Value.ofBoolean(leftDecides ? leftTrue : right.evaluate(context).asBoolean());
    }

    @Override
    public List<Node> children() {
        return List.of(left, right);
    }
}
