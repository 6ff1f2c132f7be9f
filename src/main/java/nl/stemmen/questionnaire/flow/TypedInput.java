package nl.stemmen.questionnaire.flow;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.util.ULocale;

/**
 * The one place that turns what a respondent typed on a page in one language into text, numbers
 * and dates. Digits of every script count (Arabic-Indic ٣, Persian ۳; Ethiopic users type Western
 * digits). Numbers: the page language's decimal mark (ICU: comma in nl and tr, point in en, ar and
 * ti, ٫ or point in fa) and the Arabic ٫ always; a point or comma that can only be grouping
 * (1.250.000, 1,250.5) is grouping; one point or comma that is not the language's decimal mark,
 * followed by exactly three digits, could be either and is refused for decimals (a whole number
 * reads it as grouping). Dates outside 1900 .. 50 years ahead are taken to be in another calendar.
 */
public final class TypedInput {

    /** The longest text answer, in Unicode characters (code points) after line breaks are counted once. */
    public static final int MAX_TEXT_LENGTH = 2000;
    /** What the answer table's number column holds: numeric(21, 6). */
    private static final int MAX_INTEGER_DIGITS = 15;
    private static final int MAX_FRACTION_DIGITS = 6;
    private static final int EARLIEST_YEAR = 1900;

    private static final char ARABIC_DECIMAL = '\u066B';
    private static final char ARABIC_GROUPING = '\u066C';
    private static final Pattern NUMBER = Pattern.compile("-?[0-9.,\u066B\u066C]+");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_FIRST_DATE = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");

    private final Set<Character> decimalMarks;

    /**
     * @param language the page's language: its decimal marks per ICU
     */
    public TypedInput(Locale language) {
        ULocale locale = ULocale.forLocale(language);
        // the language's own digits and Western ones can have different marks (fa: ٫ and point)
        this.decimalMarks = Set.copyOf(List.of(ARABIC_DECIMAL,
                DecimalFormatSymbols.getInstance(locale).getDecimalSeparator(),
                DecimalFormatSymbols.getInstance(locale.setKeywordValue("numbers", "latn")).getDecimalSeparator()));
    }

    /** A whole number; a lone point or comma that is not the decimal mark is grouping here (1.250 on a Dutch page is 1250). */
    public Parsed<BigDecimal> integer(String typed) {
        Optional<Reading> whole = readings(typed).stream().filter(r -> r.fraction().isEmpty()).findFirst();
        if (whole.isEmpty()) {
            return Parsed.refused(InputProblem.NOT_AN_INTEGER);
        }
        return whole.get().fits() ? Parsed.of(whole.get().value()) : Parsed.refused(InputProblem.TOO_LARGE);
    }

    /**
     * A number. {@code stored} is the answer saved before, or null: an ambiguous text that reads as
     * that answer is kept (the page shows a saved 1.125 with a point, also in Dutch).
     */
    public Parsed<BigDecimal> decimal(String typed, BigDecimal stored) {
        List<Reading> readings = readings(typed);
        if (readings.isEmpty()) {
            return Parsed.refused(InputProblem.NOT_A_NUMBER);
        }
        List<BigDecimal> values = readings.stream().filter(Reading::fits).map(Reading::value).toList();
        if (values.isEmpty()) {
            return Parsed.refused(readings.get(0).integerFits() ? InputProblem.TOO_MANY_DECIMALS : InputProblem.TOO_LARGE);
        }
        if (values.size() == 1) {
            return Parsed.of(values.get(0));
        }
        return values.stream().filter(v -> stored != null && v.compareTo(stored) == 0).findFirst()
                .map(Parsed::of).orElse(Parsed.refused(InputProblem.AMBIGUOUS_NUMBER));
    }

    /**
     * ISO dates as a date field sends them, and day-month-year as people type them where it is a
     * text field; a year before 1900 is refused as from another calendar (Persian 1403, Hijri 1445).
     * Dates far ahead are left to the question's constraint, whose message says what is wrong.
     */
    public Parsed<LocalDate> date(String typed) {
        String normal = normalize(typed);
        Matcher iso = ISO_DATE.matcher(normal);
        Matcher dayFirst = DAY_FIRST_DATE.matcher(normal);
        try {
            LocalDate date;
            if (iso.matches()) {
                date = LocalDate.of(num(iso, 1), num(iso, 2), num(iso, 3));
            } else if (dayFirst.matches()) {
                date = LocalDate.of(num(dayFirst, 3), num(dayFirst, 2), num(dayFirst, 1));
            } else {
                return Parsed.refused(InputProblem.NOT_A_DATE);
            }
            return date.getYear() >= EARLIEST_YEAR ? Parsed.of(date) : Parsed.refused(InputProblem.OTHER_CALENDAR);
        } catch (DateTimeException e) {
            return Parsed.refused(InputProblem.NOT_A_DATE);
        }
    }

    /** Text as stored: cleaned (see {@link #clean}), at most {@link #MAX_TEXT_LENGTH} characters. */
    public Parsed<String> text(String typed) {
        String text = clean(typed).strip();
        return text.codePointCount(0, text.length()) <= MAX_TEXT_LENGTH ? Parsed.of(text)
                : Parsed.refused(InputProblem.TOO_LONG);
    }

    /**
     * Every submitted value goes through here first. Line breaks become one LF (browsers send CRLF);
     * control characters other than tab and line break, unpaired surrogates and noncharacters are
     * dropped: no one types them, and a NUL cannot be stored in PostgreSQL.
     */
    public static String clean(String submitted) {
        String lines = submitted.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(lines.length());
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < lines.length() && Character.isLowSurrogate(lines.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, lines.charAt(++i));
                if (!isNoncharacter(cp)) {
                    out.appendCodePoint(cp);
                }
            } else if (!Character.isSurrogate(c) && !isNoncharacter(c) && (c == '\t' || c == '\n' || !Character.isISOControl(c))) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isNoncharacter(int cp) {
        return cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;
    }

    /** One way to read a number: integer digits without grouping, fraction digits (maybe empty). */
    private record Reading(boolean negative, String integer, String fraction) {
        BigDecimal value() {
            BigDecimal value = new BigDecimal((integer.isEmpty() ? "0" : integer) + (fraction.isEmpty() ? "" : "." + fraction));
            return negative ? value.negate() : value;
        }

        boolean integerFits() {
            return integer.replaceFirst("^0+", "").length() <= MAX_INTEGER_DIGITS;
        }

        boolean fits() {
            return integerFits() && fraction.length() <= MAX_FRACTION_DIGITS;
        }
    }

    /** Every way the typed text reads as a number: none, one, or two when a mark could be grouping or decimal. */
    private List<Reading> readings(String typed) {
        String normal = normalize(typed);
        if (!NUMBER.matcher(normal).matches()) {
            return List.of();
        }
        boolean negative = normal.startsWith("-");
        String body = negative ? normal.substring(1) : normal;
        List<String> runs = new ArrayList<>();
        List<Character> marks = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (char c : body.toCharArray()) {
            if (Character.isDigit(c)) {
                run.append(c);
            } else {
                runs.add(run.toString());
                marks.add(c);
                run.setLength(0);
            }
        }
        runs.add(run.toString());
        if (runs.subList(1, runs.size()).stream().anyMatch(String::isEmpty)) {
            return List.of();
        }
        List<Reading> readings = new ArrayList<>();
        int n = marks.size();
        char last = n == 0 ? 0 : marks.get(n - 1);
        boolean oneKindOfMark = marks.stream().distinct().count() <= 1;
        if (n == 0) {
            readings.add(new Reading(negative, body, ""));
        } else if (oneKindOfMark && (n > 1 || last == ARABIC_GROUPING)) {
            // a mark used twice cannot be a decimal mark
            if (last != ARABIC_DECIMAL && grouped(runs)) {
                readings.add(new Reading(negative, String.join("", runs), ""));
            }
        } else if (n == 1) {
            // people in the Netherlands write 1.250 and 1,250 alike, whatever the page's language: both readings stand
            if (last != ARABIC_DECIMAL && grouped(runs)) {
                readings.add(new Reading(negative, String.join("", runs), ""));
            }
            readings.add(new Reading(negative, runs.get(0), runs.get(1)));
        } else {
            // grouping marks, then one other mark: the decimal one (1.250,5 or 1,250.5)
            List<Character> grouping = marks.subList(0, n - 1);
            boolean valid = grouping.stream().distinct().count() == 1 && grouping.get(0) != ARABIC_DECIMAL
                    && last != ARABIC_GROUPING && grouped(runs.subList(0, n));
            if (valid) {
                readings.add(new Reading(negative, String.join("", runs.subList(0, n)), runs.get(n)));
            }
        }
        return readings;
    }

    /** Digit groups as grouping makes them: 1 to 3 digits, not starting with 0, then groups of exactly 3. */
    private static boolean grouped(List<String> runs) {
        String first = runs.get(0);
        return !first.isEmpty() && first.length() <= 3 && first.charAt(0) != '0'
                && runs.subList(1, runs.size()).stream().allMatch(r -> r.length() == 3);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** Western digits for every decimal digit, a plain minus, no spaces (no-break ones too) or direction marks. */
    static String normalize(String typed) {
        StringBuilder out = new StringBuilder();
        typed.strip().codePoints().forEach(cp -> {
            int digit = UCharacter.digit(cp, 10);
            if (digit >= 0) {
                out.append((char) ('0' + digit));
            } else if (cp == '\u2212' || cp == '\u2013') {
                out.append('-');
            } else if (!UCharacter.isUWhiteSpace(cp) && cp != '\u200F' && cp != '\u200E' && cp != '\u061C') {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
