package nl.stemmen.questionnaire.expression;

import java.util.List;
import java.util.function.DoubleBinaryOperator;

/**
 * {@code + - * div mod}: both sides are converted with {@link Value#asNumber()}, so NaN (an empty or
 * non-numeric operand) propagates. Division by zero gives Infinity, or NaN for {@code 0 div 0}, and
 * {@code mod} is the remainder with the sign of the dividend ({@code -5 mod 3 = -2}), as in XPath.
 * A date counts as its day number, so {@code today() - ${birth_date}} is an age in days.
 */
record Arithmetic(Operator operator, Node left, Node right) implements Node {

    enum Operator {
        ADD((a, b) -> a + b),
        SUBTRACT((a, b) -> a - b),
        MULTIPLY((a, b) -> a * b),
        DIVIDE((a, b) -> a / b),
        MODULO((a, b) -> a % b); // Java's % on doubles is exactly XPath's mod

        private final DoubleBinaryOperator operation;

        Operator(DoubleBinaryOperator operation) {
            this.operation = operation;
        }
    }

    @Override
    public Value evaluate(EvaluationContext context) {
        double a = left.evaluate(context).asNumber();
        double b = right.evaluate(context).asNumber();
        return Value.ofNumber(operator.operation.applyAsDouble(a, b));
    }

    @Override
    public List<Node> children() {
        return List.of(left, right);
    }
}
