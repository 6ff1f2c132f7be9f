package nl.stemmen.questionnaire.flow;

/**
 * How a shown question was answered. A question that was not shown (not relevant) has no answer
 * at all, so analysis can tell "skipped by routing" from "left empty" and "did not understand".
 */
public enum AnswerStatus {
    ANSWERED, UNANSWERED, DONT_UNDERSTAND;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static AnswerStatus ofCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
