package nl.stemmen.questionnaire.model;

/** One statement of a matrix; it is answered as its own variable {@code <question>_<row>}. */
public record MatrixRow(String name, String label) {
}
