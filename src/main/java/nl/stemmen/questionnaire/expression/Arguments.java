package nl.stemmen.questionnaire.expression;

import java.util.List;

/**
 * The arguments of one function call. They are evaluated only when the function asks for them,
 * so that {@code if()} and {@code coalesce()} skip what they do not need.
 */
final class Arguments {

    private final List<Node> nodes;
    private final EvaluationContext context;

    Arguments(List<Node> nodes, EvaluationContext context) {
        this.nodes = nodes;
        this.context = context;
    }

    int count() {
        return nodes.size();
    }

    Value get(int index) {
        return nodes.get(index).evaluate(context);
    }

    String string(int index) {
        return get(index).asString();
    }

    double number(int index) {
        return get(index).asNumber();
    }

    boolean bool(int index) {
        return get(index).asBoolean();
    }

    /** The argument as written, for a function that reads a literal (the question of jr:choice-name). */
    Node node(int index) {
        return nodes.get(index);
    }

    EvaluationContext context() {
        return context;
    }
}
