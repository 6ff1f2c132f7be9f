package nl.stemmen.respond.view;

import java.util.List;

/**
 * A question ready to render in the respondent's language. For a matrix, {@code rows} holds one
 * question view per statement; other questions have no rows. {@code added}: it just appeared on
 * a page that came back. {@code other}: the text field of "Other, namely" (or_other), else null.
 */
public record QuestionView(
        String name,
        String type,
        ShownText label,
        ShownText hint,
        boolean required,
        ShownText error,
        String value,
        List<ChoiceView> choices,
        List<QuestionView> rows,
        ChoiceView dontUnderstand,
        String inputMode,
        boolean added,
        QuestionView other) {

    public String id() {
        return "q-" + name;
    }

    public boolean hasError() {
        return error != null;
    }

    /** What a screen reader reads with the input: the hint and the error, if any. */
    public String describedBy() {
        String ids = (hint != null ? id() + "-hint " : "") + (error != null ? id() + "-error" : "");
        return ids.strip();
    }

    public boolean isGroup() {
        return !choices.isEmpty() || !rows.isEmpty();
    }
}
