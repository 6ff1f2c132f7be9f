package nl.stemmen.respond.view;

import io.quarkus.qute.RawString;
import nl.stemmen.language.Language;

/**
 * A text as a page shows it: {@code text} is ready for display (digits, direction isolates) and written
 * in {@code language}. That is the page's language, or the questionnaire's source language where the
 * translation is missing and the source text stands in ({@code standIn}).
 */
public record ShownText(String text, Language language, boolean standIn) {

    /** The text as HTML, escaped; a stand-in is marked with its language and direction ({@code <span lang="nl" dir="ltr">}). */
    public RawString html() {
        String escaped = Html.escape(text);
        return new RawString(standIn
                ? "<span lang=\"" + language.code() + "\" dir=\"" + language.direction() + "\">" + escaped + "</span>"
                : escaped);
    }

    @Override
    public String toString() {
        return text;
    }
}
