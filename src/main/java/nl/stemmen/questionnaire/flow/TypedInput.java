package nl.stemmen.questionnaire.flow;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.lang.UCharacter;

/**
 * The one place that turns typed text into numbers and dates. Digits of every script count
 * (Arabic-Indic ٣, Persian ۳, Ethiopic users type Western digits), as do the decimal separators
 * people use: comma, point and the Arabic ٫.
 */
public final class TypedInput {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,15}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?|-?\\.\\d{1,6}");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_FIRST_DATE = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");

    private TypedInput() {
    }

    public static Optional<BigDecimal> integer(String typed) {
        String normal = normalize(typed);
        return INTEGER.matcher(normal).matches() ? Optional.of(new BigDecimal(normal)) : Optional.empty();
    }

    public static Optional<BigDecimal> decimal(String typed) {
        String normal = normalize(typed).replace(',', '.');
        return DECIMAL.matcher(normal).matches() ? Optional.of(new BigDecimal(normal)) : Optional.empty();
    }

    /** ISO dates as a date field sends them, and day-month-year as people type them where it is a text field. */
    public static Optional<LocalDate> date(String typed) {
        String normal = normalize(typed);
        try {
            Matcher iso = ISO_DATE.matcher(normal);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(num(iso, 1), num(iso, 2), num(iso, 3)));
            }
            Matcher dayFirst = DAY_FIRST_DATE.matcher(normal);
            if (dayFirst.matches()) {
                return Optional.of(LocalDate.of(num(dayFirst, 3), num(dayFirst, 2), num(dayFirst, 1)));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** Western digits for every decimal digit, a point for ٫, a plain minus, no spaces (no-break ones too). */
    static String normalize(String typed) {
        StringBuilder out = new StringBuilder();
        typed.strip().codePoints().forEach(cp -> {
            int digit = UCharacter.digit(cp, 10);
            if (digit >= 0) {
                out.append((char) ('0' + digit));
            } else if (cp == '\u066B') {
                out.append('.');
            } else if (cp == '\u2212' || cp == '\u2013') {
                out.append('-');
            } else if (!UCharacter.isUWhiteSpace(cp) && cp != '\u200F' && cp != '\u200E' && cp != '\u061C') {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
