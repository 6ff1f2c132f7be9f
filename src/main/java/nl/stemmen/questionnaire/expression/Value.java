package nl.stemmen.questionnaire.expression;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An immutable, typed value that an expression works with: an answer, a literal or a result.
 *
 * <p>Conversions follow XPath 1.0 as implemented by ODK JavaRosa:
 * <ul>
 *   <li>{@link #asString()}: numbers without a trailing {@code .0} ({@code 3}, {@code 2.5},
 *       {@code NaN}, {@code Infinity}); booleans as {@code true}/{@code false}; dates as ISO
 *       {@code yyyy-MM-dd}; choices as their names separated by one space.</li>
 *   <li>{@link #asNumber()}: a string is a number only if it is an optional minus sign and decimal
 *       digits with at most one point (no exponent, no plus sign, no decimal comma), surrounding
 *       whitespace allowed; anything else, including the empty string, is NaN. {@code true} is 1,
 *       {@code false} 0, a date is its number of days since 1970-01-01.</li>
 *   <li>{@link #asBoolean()}: a string or choice list is true when not empty, a number when neither
 *       zero nor NaN, a date always.</li>
 * </ul>
 *
 * <p>Comparisons (details on {@code Equality} and {@code Comparison}):
 * <ul>
 *   <li>{@code = !=}: if either side is a boolean, compare as booleans; else if either is a number,
 *       as numbers; else if either is a date and the other reads as an ISO date, as dates; else as
 *       strings. NaN equals nothing.</li>
 *   <li>{@code < <= > >=}: always as numbers, a date being its day number (and an ISO date string
 *       compared with a date read as a date). Any comparison with NaN is false, so an unanswered
 *       number question is neither {@code > 18} nor {@code <= 18}.</li>
 * </ul>
 */
public final class Value {

    /** What kind of value this is; decides how it converts and compares. */
    public enum Type { STRING, NUMBER, BOOLEAN, DATE, CHOICES }

    /** The value of an unanswered or non-relevant question. */
    public static final Value EMPTY = new Value(Type.STRING, "");
    public static final Value TRUE = new Value(Type.BOOLEAN, Boolean.TRUE);
    public static final Value FALSE = new Value(Type.BOOLEAN, Boolean.FALSE);

    private static final Pattern XPATH_NUMBER = Pattern.compile("\\s*-?(\\d+(\\.\\d*)?|\\.\\d+)\\s*");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CHOICE_SEPARATOR = Pattern.compile("\\s+");

    private final Type type;
    // String, Double, Boolean, LocalDate or an unmodifiable List<String>, matching the type
    private final Object content;

    private Value(Type type, Object content) {
        this.type = type;
        this.content = content;
    }

    public static Value ofString(String text) {
        return text.isEmpty() ? EMPTY : new Value(Type.STRING, text);
    }

    public static Value ofNumber(double number) {
        return new Value(Type.NUMBER, number);
    }

    public static Value ofBoolean(boolean bool) {
        return bool ? TRUE : FALSE;
    }

    public static Value ofDate(LocalDate date) {
        return new Value(Type.DATE, Objects.requireNonNull(date));
    }

    /** The answer to a select_multiple question: the names of the chosen options, in order. */
    public static Value ofChoices(List<String> choiceNames) {
        return new Value(Type.CHOICES, List.copyOf(choiceNames));
    }

    public Type type() {
        return type;
    }

    public String asString() {
        return switch (type) {
            case STRING -> (String) content;
            case NUMBER -> formatNumber((Double) content);
            case BOOLEAN -> content.toString();
            case DATE -> content.toString();
            case CHOICES -> String.join(" ", choices());
        };
    }

    public double asNumber() {
        return switch (type) {
            case NUMBER -> (Double) content;
            case BOOLEAN -> (Boolean) content ? 1 : 0;
            case DATE -> ((LocalDate) content).toEpochDay();
            case STRING, CHOICES -> parseNumber(asString());
        };
    }

    public boolean asBoolean() {
        return switch (type) {
            case STRING -> !((String) content).isEmpty();
            case NUMBER -> {
                double number = (Double) content;
                yield number != 0 && !Double.isNaN(number);
            }
            case BOOLEAN -> (Boolean) content;
            case DATE -> true;
            case CHOICES -> !choices().isEmpty();
        };
    }

    /**
     * This value as a date: a date itself, or a string that starts with an ISO date
     * ({@code 2024-03-01}, also when a time follows as in {@code 2024-03-01T10:00}).
     */
    public Optional<LocalDate> asDate() {
        if (type == Type.DATE) {
            return Optional.of((LocalDate) content);
        }
        if (type != Type.STRING) {
            return Optional.empty();
        }
        String text = ((String) content).trim();
        boolean startsWithDate = text.length() >= 10 && ISO_DATE.matcher(text.substring(0, 10)).matches()
                && (text.length() == 10 || text.charAt(10) == 'T');
        if (!startsWithDate) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.substring(0, 10)));
        } catch (DateTimeParseException impossibleDate) {
            return Optional.empty();
        }
    }

    /**
     * The chosen option names: the list of a choices value, or the whitespace-separated words of
     * any other value, so a select_one answer (a single name) or a stored "a b c" string also works.
     */
    public List<String> asChoices() {
        if (type == Type.CHOICES) {
            return choices();
        }
        String text = asString().trim();
        return text.isEmpty() ? List.of() : Arrays.asList(CHOICE_SEPARATOR.split(text));
    }

    /** True for the empty string and an empty choice list: what an unanswered question holds. */
    public boolean isEmpty() {
        return asString().isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> choices() {
        return (List<String>) content;
    }

    private static double parseNumber(String text) {
        return XPATH_NUMBER.matcher(text).matches() ? Double.parseDouble(text.trim()) : Double.NaN;
    }

    private static String formatNumber(double number) {
        if (Double.isNaN(number)) {
            return "NaN";
        }
        if (Double.isInfinite(number)) {
            return number > 0 ? "Infinity" : "-Infinity";
        }
        if (number == 0) {
            return "0"; // also for -0
        }
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Value value && type == value.type && content.equals(value.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, content);
    }

    /** A readable form for test output and logs, e.g. {@code 'ja'}, {@code 3}, {@code true()}. */
    @Override
    public String toString() {
        return switch (type) {
            case STRING -> "'" + content + "'";
            case NUMBER -> asString();
            case BOOLEAN -> content + "()";
            case DATE -> "date " + content;
            case CHOICES -> "choices [" + asString() + "]";
        };
    }
}
