package nl.stemmen.questionnaire.model;

/** One answer option; {@code missing} marks "don't know / rather not say", which analysis treats as missing. */
public record Choice(String name, String label, boolean missing) {
}
