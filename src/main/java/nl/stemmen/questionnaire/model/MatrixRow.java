package nl.stemmen.questionnaire.model;

import java.util.Optional;

import nl.stemmen.questionnaire.expression.Expression;

/**
 * One statement of a matrix; it is answered as its own variable {@code <question>_<row>}, and asked
 * only when its {@code relevant} holds (over answers on earlier pages).
 */
public record MatrixRow(String name, String label, Optional<Expression> relevant) {
}
