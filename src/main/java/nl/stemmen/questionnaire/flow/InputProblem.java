package nl.stemmen.questionnaire.flow;

/**
 * Why a submitted answer was not accepted; the pages turn each into a message in the respondent's
 * language ({@code error.<code>}), so each says what to type instead.
 */
public enum InputProblem {
    REQUIRED, NOT_A_CHOICE, NOT_AN_INTEGER, NOT_A_NUMBER, NOT_A_DATE, TOO_LONG, CONSTRAINT,
    /** One point or comma before three digits that is not the language's decimal mark: 1.250 on a Dutch page. */
    AMBIGUOUS_NUMBER,
    /** More than 15 digits before the decimal mark. */
    TOO_LARGE,
    /** More than 6 digits after the decimal mark. */
    TOO_MANY_DECIMALS,
    /** A year before 1900 or far ahead: most likely typed in another calendar (Persian 1403). */
    OTHER_CALENDAR;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
