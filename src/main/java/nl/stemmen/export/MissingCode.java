package nl.stemmen.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import nl.stemmen.language.Language;

/**
 * Why a question's column holds no answer, as a code that is the same in every question column of
 * the CSV and the .sav (docs/export-codes.md). Negative, below every choice code, so that in a
 * question column every negative code is missing: a {@code missing: true} choice takes -4, -5, …
 * ({@link ChoiceCodes}), and .sav declares the whole negative range user-missing.
 */
public enum MissingCode {
    /** Routing passed the question by (no answer row), or an unfinished response never reached it. */
    NOT_ASKED(-1, "niet gevraagd (routering)", "not asked (routing)"),
    /** Shown, left empty (answer status unanswered). */
    SKIPPED(-2, "overgeslagen", "skipped"),
    /** "I don't understand the question" (answer status dont_understand). */
    DONT_UNDERSTAND(-3, "begreep de vraag niet", "did not understand the question");

    private final int code;
    private final String dutch;
    private final String english;

    MissingCode(int code, String dutch, String english) {
        this.code = code;
        this.dutch = dutch;
        this.english = english;
    }

    public int code() {
        return code;
    }

    public BigDecimal cell() {
        return BigDecimal.valueOf(code);
    }

    /** The code's label: Dutch for a Dutch plan, English for every other language (they are staff texts). */
    public String label(Language language) {
        return language == Language.NL ? dutch : english;
    }

    /**
     * Why these stored rows of one variable are no answer; empty when they are one.
     *
     * @param rows the variable's answer rows of one response, none when it was not asked
     */
    public static Optional<MissingCode> of(List<AnswerRow> rows) {
        if (rows.isEmpty()) {
            return Optional.of(NOT_ASKED);
        }
        return switch (rows.get(0).status()) {
            case ANSWERED -> Optional.empty();
            case UNANSWERED -> Optional.of(SKIPPED);
            case DONT_UNDERSTAND -> Optional.of(DONT_UNDERSTAND);
        };
    }
}
