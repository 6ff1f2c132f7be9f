package nl.stemmen.questionnaire.flow;

/** Why a submitted answer was not accepted; the pages turn each into a message in the respondent's language. */
public enum InputProblem {
    REQUIRED, NOT_A_CHOICE, NOT_AN_INTEGER, NOT_A_NUMBER, NOT_A_DATE, TOO_LONG, CONSTRAINT;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
