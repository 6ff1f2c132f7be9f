package nl.stemmen.questionnaire.flow;

/**
 * Why a submitted answer was not accepted; the pages turn each into a message in the respondent's
 * language ({@code error.<code>}), so each says what to type instead.
 */
public enum InputProblem {
    REQUIRED, NOT_A_CHOICE, NOT_AN_INTEGER, NOT_A_NUMBER, NOT_A_DATE, TOO_LONG, CONSTRAINT,
    /** One point or comma before exactly three digits: 1.250 could be 1250 or 1.25. */
    AMBIGUOUS_NUMBER,
    /** More than 15 digits before the decimal mark. */
    TOO_LARGE,
    /** More than 6 digits after the decimal mark. */
    TOO_MANY_DECIMALS,
    /** A year before 1900: most likely typed in another calendar (Persian 1403, Hijri 1445). */
    OTHER_CALENDAR,
    /** An answer and "I don't understand the question" both given. */
    ANSWER_AND_DONT_UNDERSTAND,
    /** An option marked {@code exclusive} ("none of these") ticked together with another one. */
    EXCLUSIVE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
