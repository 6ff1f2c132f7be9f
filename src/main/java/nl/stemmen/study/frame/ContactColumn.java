package nl.stemmen.study.frame;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The contact columns a sample frame may have (all optional), each with its check and normal form. Every
 * other column but {@code ref} is an attribute.
 */
public enum ContactColumn {
    NAME(false, 200), STREET(false, 200), POSTCODE(false, 7), CITY(true, 100), EMAIL(false, 254), PHONE(false, 40),
    LETTER_LANGUAGE(true, 5);

    /** The languages a letter can be written in: Stemmen's six. */
    public static final Set<String> LETTER_LANGUAGES = Set.of("nl", "en", "ar", "tr", "fa", "ti");

    private static final Pattern POSTCODE_FORM = Pattern.compile("[1-9][0-9]{3} ?[A-Za-z]{2}");
    // One @, no spaces, a dot in the domain; any script allowed (internationalised addresses and domains),
    // but no characters that mean two addresses or a display name were pasted into one cell.
    private static final String LOCAL_CHAR = "[^@\\s,;:<>()\\[\\]\\\\\"]";
    private static final String DOMAIN_CHAR = "[^@\\s,;:<>()\\[\\]\\\\\".]";
    private static final Pattern EMAIL_FORM = Pattern.compile(
            LOCAL_CHAR + "+@(?:" + DOMAIN_CHAR + "+\\.)+" + DOMAIN_CHAR + "+");

    private final String columnName = name().toLowerCase(Locale.ROOT);
    private final boolean fewValues;
    // the width of the column in frame_contact (and of study.contact_email): a longer value cannot be stored
    private final int maxLength;

    ContactColumn(boolean fewValues, int maxLength) {
        this.fewValues = fewValues;
        this.maxLength = maxLength;
    }

    /** The column's name in a frame's header, e.g. {@code letter_language}. */
    public String columnName() {
        return columnName;
    }

    /** Whether many people share each value (a city, a language), so one copy of each value is worth keeping. */
    boolean hasFewValues() {
        return fewValues;
    }

    /** The contact column with this (normalised) header name, if it is one. */
    public static Optional<ContactColumn> named(String columnName) {
        return Arrays.stream(values()).filter(c -> c.columnName().equals(columnName)).findFirst();
    }

    /** Why a non-empty, trimmed value cannot be used in this column, or null when it can. */
    public String problemWith(String value) {
        // the form first: "1234  AB" is better told it is no postcode than that it is one character too long
        String form = formProblem(value);
        if (form != null || value.length() <= maxLength) {
            return form;
        }
        return columnName + " is " + value.length() + " characters long; at most " + maxLength + " fit";
    }

    private String formProblem(String value) {
        return switch (this) {
            case POSTCODE -> POSTCODE_FORM.matcher(value).matches() ? null
                    : "postcode '" + value + "' is not a Dutch postcode (1234 AB)";
            case EMAIL -> EMAIL_FORM.matcher(value).matches() ? null
                    : "e-mail address '" + value + "' is not valid: it needs one @, no spaces and a dot in the part"
                            + " after the @ (one address per cell)";
            case LETTER_LANGUAGE -> LETTER_LANGUAGES.contains(value.toLowerCase(Locale.ROOT)) ? null
                    : "letter language '" + value + "' is not one of nl, en, ar, tr, fa, ti";
            default -> null;
        };
    }

    /** A valid, non-empty, trimmed value in its normal form: postcode {@code 1234 AB}, language in lower case. */
    public String normalise(String value) {
        return switch (this) {
            case POSTCODE -> value.substring(0, 4) + " " + value.substring(value.length() - 2).toUpperCase(Locale.ROOT);
            case LETTER_LANGUAGE -> value.toLowerCase(Locale.ROOT);
            default -> value;
        };
    }
}
