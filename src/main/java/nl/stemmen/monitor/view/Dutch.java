package nl.stemmen.monitor.view;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and dates as the Dutch staff pages write them: a decimal comma, a real minus sign, Dutch month names. */
final class Dutch {

    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", NL);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);

    private Dutch() {
    }

    /** A share 0..1 as a percentage with one decimal: 0.4682 → "46,8%". */
    static String percent(double share) {
        return oneDecimal(100 * share) + "%";
    }

    /** A difference in percentage points with its sign: 5.6 → "+5,6 pp", −5.6 → "−5,6 pp", −0.04 → "0,0 pp". */
    static String points(double pp) {
        String size = oneDecimal(Math.abs(pp));
        String sign = size.equals("0,0") ? "" : pp > 0 ? "+" : "\u2212";
        return sign + size + " pp";
    }

    /** A day on an axis: "3 mrt.". */
    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** A date in a sentence: "3 maart 2025". */
    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** A number with this many decimals and a decimal comma: 0.8712 → "0,87" with 2. */
    static String decimal(double value, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", value).replace('.', ',').replace('-', '\u2212');
    }

    private static String oneDecimal(double value) {
        return decimal(value, 1);
    }
}
