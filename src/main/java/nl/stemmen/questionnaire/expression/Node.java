package nl.stemmen.questionnaire.expression;

import java.util.List;

/** A node of a parsed expression's syntax tree; each kind evaluates itself. */
interface Node {

    Value evaluate(EvaluationContext context);

    /** The sub-expressions, in source order. */
    default List<Node> children() {
        return List.of();
    }
}
