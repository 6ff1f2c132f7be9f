package nl.stemmen.questionnaire.expression;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An expression read out in plain Dutch for staff (the export's codebook): question names stay
 * names, choices stay quoted names, operators become words. {@code selected(${situatie}, 'taalles')}
 * reads {@code 'taalles' gekozen bij situatie}, {@code ${woonsituatie} != ''} reads
 * {@code woonsituatie is ingevuld}, {@code frame('gender') = ''} reads
 * {@code gender (steekproefkader) is leeg}. A simple rendering of the tree, not a translation: a
 * function without a reading of its own keeps its XLSForm name. Nested and/or chains get brackets,
 * since a reader of words does not know which binds first.
 */
final class PlainWords {

    private PlainWords() {
    }

    static String of(Node node) {
        if (node instanceof Reference reference) {
            return reference.name();
        }
        if (node instanceof CurrentValue) {
            return "dit antwoord";
        }
        if (node instanceof ChoiceField field) {
            return field.column().equals("name") ? "de keuze" : field.column() + " van de keuze";
        }
        if (node instanceof Literal literal) {
            return literal.value().type() == Value.Type.STRING ? "'" + literal.value().asString() + "'"
                    : literal.value().asString();
        }
        if (node instanceof Logical logical) {
            return logical.operands().stream().map(o -> o instanceof Logical ? "(" + of(o) + ")" : of(o))
                    .collect(Collectors.joining(logical.operator() == Logical.Operator.AND ? " en " : " of "));
        }
        if (node instanceof Equality equality) {
            return equality(equality);
        }
        if (node instanceof Comparison comparison) {
            return operand(comparison.left()) + switch (comparison.operator()) {
                case LESS -> " kleiner dan ";
                case LESS_OR_EQUAL -> " hoogstens ";
                case GREATER -> " groter dan ";
                case GREATER_OR_EQUAL -> " minstens ";
            } + operand(comparison.right());
        }
        if (node instanceof Arithmetic arithmetic) {
            return operand(arithmetic.left()) + switch (arithmetic.operator()) {
                case ADD -> " + ";
                case SUBTRACT -> " − ";
                case MULTIPLY -> " × ";
                case DIVIDE -> " ÷ ";
                case MODULO -> " mod ";
            } + operand(arithmetic.right());
        }
        if (node instanceof Negation negation) {
            return "−" + operand(negation.operand());
        }
        if (node instanceof FunctionCall call) {
            return call(call);
        }
        throw new IllegalArgumentException("no reading for " + node.getClass().getSimpleName());
    }

    private static String equality(Equality equality) {
        boolean equal = equality.operator() == Equality.Operator.EQUAL;
        // comparing with '' asks whether a question was answered
        for (Node[] sides : List.of(new Node[] { equality.left(), equality.right() },
                new Node[] { equality.right(), equality.left() })) {
            if (sides[1] instanceof Literal literal && literal.value().type() == Value.Type.STRING
                    && literal.value().asString().isEmpty()) {
                return operand(sides[0]) + (equal ? " is leeg" : " is ingevuld");
            }
        }
        return operand(equality.left()) + (equal ? " is " : " is niet ") + operand(equality.right());
    }

    private static String call(FunctionCall call) {
        List<Node> args = call.arguments();
        return switch (call.function().name()) {
            case "selected" -> of(args.get(1)) + " gekozen bij " + operand(args.get(0));
            case "not" -> args.get(0) instanceof FunctionCall inner && inner.function().name().equals("selected")
                    ? of(inner.arguments().get(1)) + " niet gekozen bij " + operand(inner.arguments().get(0))
                    : "niet (" + of(args.get(0)) + ")";
            case "count-selected" -> "aantal gekozen bij " + operand(args.get(0));
            case "string-length" -> "lengte van " + operand(args.get(0));
            case "today" -> "vandaag";
            case "true" -> "waar";
            case "false" -> "onwaar";
            case "frame" -> (args.get(0) instanceof Literal name ? name.value().asString() : of(args.get(0)))
                    + " (steekproefkader)";
            case "if" -> "(als " + of(args.get(0)) + " dan " + of(args.get(1)) + ", anders " + of(args.get(2)) + ")";
            default -> call.function().name() + "(" + args.stream().map(PlainWords::of).collect(Collectors.joining(", ")) + ")";
        };
    }

    /** A part of a larger reading: brackets around anything built of more than one part. */
    private static String operand(Node node) {
        boolean simple = node instanceof Reference || node instanceof Literal || node instanceof CurrentValue
                || node instanceof FunctionCall || node instanceof ChoiceField;
        return simple ? of(node) : "(" + of(node) + ")";
    }
}
