package nl.stemmen.questionnaire.expression;

import java.util.List;

/**
 * {@code < <= > >=}: always a numeric comparison, as in XPath 1.0. A date counts as its day number
 * since 1970-01-01, and when one side is a date a string in ISO date form on the other side is
 * read as a date too, so {@code ${geboortedatum} < '2000-01-01'} works. Anything that is not a
 * number (the empty string of an unanswered question, text) is NaN and every comparison with NaN
 * is false: {@code ${age} > 18} is false while age is unanswered, and so is {@code ${age} <= 18}.
 */
record Comparison(Operator operator, Node left, Node right) implements Node {

    enum Operator { LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL }

    @Override
    public Value evaluate(EvaluationContext context) {
        Value leftValue = left.evaluate(context);
        Value rightValue = right.evaluate(context);
        double a = comparableNumber(leftValue, rightValue);
        double b = comparableNumber(rightValue, leftValue);
        return Value.ofBoolean(switch (operator) {
            case LESS -> a < b;
            case LESS_OR_EQUAL -> a <= b;
            case GREATER -> a > b;
            case GREATER_OR_EQUAL -> a >= b;
        });
    }

    private static double comparableNumber(Value value, Value other) {
        if (other.type() == Value.Type.DATE) {
            return value.asDate().map(date -> (double) date.toEpochDay()).orElseGet(value::asNumber);
        }
        return value.asNumber();
    }

    @Override
    public List<Node> children() {
        return List.of(left, right);
    }
}
