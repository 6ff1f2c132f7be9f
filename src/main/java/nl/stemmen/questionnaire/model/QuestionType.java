package nl.stemmen.questionnaire.model;

import java.util.Arrays;
import java.util.Optional;

/** The question types of the questionnaire format, named as XLSForm names them. */
public enum QuestionType {
    SELECT_ONE("select_one", true),
    SELECT_MULTIPLE("select_multiple", true),
    MATRIX("matrix", true),
    TEXT("text", false),
    INTEGER("integer", false),
    DECIMAL("decimal", false),
    DATE("date", false),
    /** A number from a row of options (XLSForm's range with {@code parameters: start=0 end=10 step=1}). */
    RANGE("range", false),
    NOTE("note", false),
    /** Never shown: stores the value of its {@code calculation} (XLSForm's calculate). */
    CALCULATE("calculate", false);

    private final String keyword;
    private final boolean needsChoices;

    QuestionType(String keyword, boolean needsChoices) {
        this.keyword = keyword;
        this.needsChoices = needsChoices;
    }

    public String keyword() {
        return keyword;
    }

    /** Whether the type is written with a choice list, as in {@code select_one ja_nee}. */
    public boolean needsChoices() {
        return needsChoices;
    }

    public static Optional<QuestionType> byKeyword(String keyword) {
        return Arrays.stream(values()).filter(t -> t.keyword.equals(keyword)).findFirst();
    }

    public static String keywords() {
        return String.join(", ", Arrays.stream(values()).map(QuestionType::keyword).toList());
    }
}
