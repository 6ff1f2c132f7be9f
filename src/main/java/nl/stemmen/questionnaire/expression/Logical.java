package nl.stemmen.questionnaire.expression;

import java.util.List;

/**
 * {@code and} / {@code or} over two or more operands, on their {@link Value#asBoolean()}, left to
 * right: evaluation stops at the first operand that decides (false for {@code and}, true for
 * {@code or}). A chain {@code a and b and c} is one node, so a long chain evaluates without deep recursion.
 */
record Logical(Operator operator, List<Node> operands) implements Node {

    enum Operator { AND, OR }

    @Override
    public Value evaluate(EvaluationContext context) {
        boolean decidingValue = operator == Operator.OR; // true ends an 'or', false an 'and'
        for (Node operand : operands) {
            if (operand.evaluate(context).asBoolean() == decidingValue) {
                return Value.ofBoolean(decidingValue);
            }
        }
        return Value.ofBoolean(!decidingValue);
    }

    @Override
    public List<Node> children() {
        return operands;
    }
}
