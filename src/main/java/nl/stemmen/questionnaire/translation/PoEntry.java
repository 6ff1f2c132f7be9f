package nl.stemmen.questionnaire.translation;

/** One entry of a PO file: its key (msgctxt), the source text it translates, and the translation. */
public record PoEntry(String context, String source, String translation, boolean fuzzy, int line) {
}
