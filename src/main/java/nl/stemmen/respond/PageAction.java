package nl.stemmen.respond;

import java.util.Optional;

import nl.stemmen.language.Language;

/** What the respondent pressed: Next (or Send), Back, Continue later, or another language. */
public record PageAction(Kind kind, Optional<Language> language) {

    public enum Kind {
        NEXT, BACK, LATER, LANGUAGE
    }

    public static PageAction next() {
        return new PageAction(Kind.NEXT, Optional.empty());
    }

    public static PageAction back() {
        return new PageAction(Kind.BACK, Optional.empty());
    }

    public static PageAction later() {
        return new PageAction(Kind.LATER, Optional.empty());
    }

    public static PageAction language(Language language) {
        return new PageAction(Kind.LANGUAGE, Optional.of(language));
    }
}
