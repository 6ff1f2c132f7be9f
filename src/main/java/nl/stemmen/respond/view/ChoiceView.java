package nl.stemmen.respond.view;

/** One option as an input: {@code id} is unique on the page, {@code value} is the choice name. */
public record ChoiceView(String id, String value, ShownText label, boolean checked, boolean dontUnderstand) {
}
