package nl.stemmen.questionnaire.expression;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code =} and {@code !=}, with XPath 1.0 coercion. The first rule that applies decides how the
 * two sides are compared:
 * <ol>
 *   <li>either side is a boolean: as booleans ({@link Value#asBoolean()});</li>
 *   <li>either side is a number: as numbers ({@link Value#asNumber()}); NaN equals nothing, so an
 *       unanswered number question is never {@code = 0} and always {@code != 0};</li>
 *   <li>either side is a date and the other reads as one ({@link Value#asDate()}): as dates;</li>
 *   <li>otherwise as strings ({@link Value#asString()}); choices as their space-separated names.</li>
 * </ol>
 * An unanswered question is the empty string, so {@code ${name} = ''} tests for "unanswered"
 * and {@code ${heeft_werk} = 'ja'} is simply false until it is answered.
 * {@code !=} is always the opposite of {@code =}.
 */
record Equality(Operator operator, Node left, Node right) implements Node {

    enum Operator { EQUAL, NOT_EQUAL }

    @Override
    public Value evaluate(EvaluationContext context) {
        boolean equal = areEqual(left.evaluate(context), right.evaluate(context));
        return Value.ofBoolean(operator == Operator.EQUAL ? equal : !equal);
    }

    private static boolean areEqual(Value a, Value b) {
        if (either(a, b, Value.Type.BOOLEAN)) {
            return a.asBoolean() == b.asBoolean();
        }
        if (either(a, b, Value.Type.NUMBER)) {
            return a.asNumber() == b.asNumber();
        }
        if (either(a, b, Value.Type.DATE)) {
            Optional<LocalDate> dateA = a.asDate();
            Optional<LocalDate> dateB = b.asDate();
            if (dateA.isPresent() && dateB.isPresent()) {
                return dateA.equals(dateB);
            }
        }
        return a.asString().equals(b.asString());
    }

    private static boolean either(Value a, Value b, Value.Type type) {
        return a.type() == type || b.type() == type;
    }

    @Override
    public List<Node> children() {
        return List.of(left, right);
    }
}
