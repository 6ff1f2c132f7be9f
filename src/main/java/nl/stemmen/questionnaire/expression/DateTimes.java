package nl.stemmen.questionnaire.expression;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates and moments as ODK's date functions read and write them. A moment is text in ISO form,
 * {@code 2024-06-15T14:30:05.250+02:00} (what {@code now()} gives); a date is a date value or an ISO date.
 */
final class DateTimes {

    private static final DateTimeFormatter ISO_MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    private static final double MILLIS_PER_DAY = 86_400_000d;

    private DateTimes() {
    }

    /** {@code moment} as now() writes it: ISO with milliseconds and offset. */
    static String iso(ZonedDateTime moment) {
        return ISO_MOMENT.format(moment);
    }

    /**
     * The value as a moment on its own clock: a date at midnight, an ISO moment with or without offset
     * (the time as written); empty for anything else.
     */
    static Optional<LocalDateTime> moment(Value value) {
        return offsetMoment(value).map(OffsetDateTime::toLocalDateTime)
                .or(() -> value.asDate().map(LocalDate::atStartOfDay));
    }

    /**
     * decimal-date-time(x): days since 1970-01-01 with the time of day as fraction; a moment with an offset
     * counts from UTC, as JavaRosa counts; a number stays itself; anything else is NaN.
     */
    static double days(Value value) {
        if (value.type() == Value.Type.NUMBER) {
            return value.asNumber();
        }
        Optional<OffsetDateTime> moment = offsetMoment(value);
        if (moment.isPresent()) {
            return moment.get().toInstant().toEpochMilli() / MILLIS_PER_DAY;
        }
        return value.asDate().map(date -> (double) date.toEpochDay()).orElse(Double.NaN);
    }

    /** date(x): a date as such, a number of days since 1970-01-01 (rounded down), an ISO date or moment; else empty. */
    static Optional<LocalDate> date(Value value) {
        if (value.type() == Value.Type.NUMBER) {
            double days = value.asNumber();
            // a day number beyond what a LocalDate holds is no date
            return Double.isFinite(days) && Math.abs(days) < 365_000_000d
                    ? Optional.of(LocalDate.ofEpochDay((long) Math.floor(days))) : Optional.empty();
        }
        return value.asDate();
    }

    /**
     * format-date(x, format) with ODK's specifiers: %Y year, %y year in two digits, %m month 01-12, %n month
     * 1-12, %b month's short name, %d day 01-31, %e day 1-31, %H hour 00-23, %h hour 0-23, %M minute, %S second,
     * %3 milliseconds, %a weekday's short name. Names are English (Jan, Mon), as ODK Collect writes them
     * without a translation of its own. Any other character, also an unknown specifier, is copied.
     */
    static String format(LocalDateTime moment, String format) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                out.append(c);
                continue;
            }
            char specifier = format.charAt(++i);
            switch (specifier) {
                case 'Y' -> out.append(moment.getYear());
                case 'y' -> out.append(twoDigits(Math.floorMod(moment.getYear(), 100)));
                case 'm' -> out.append(twoDigits(moment.getMonthValue()));
                case 'n' -> out.append(moment.getMonthValue());
                case 'b' -> out.append(moment.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case 'd' -> out.append(twoDigits(moment.getDayOfMonth()));
                case 'e' -> out.append(moment.getDayOfMonth());
                case 'H' -> out.append(twoDigits(moment.getHour()));
                case 'h' -> out.append(moment.getHour());
                case 'M' -> out.append(twoDigits(moment.getMinute()));
                case 'S' -> out.append(twoDigits(moment.getSecond()));
                case '3' -> out.append(String.format(Locale.ROOT, "%03d", moment.get(ChronoField.MILLI_OF_SECOND)));
                case 'a' -> out.append(moment.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                default -> out.append('%').append(specifier);
            }
        }
        return out.toString();
    }

    private static String twoDigits(int number) {
        return number < 10 ? "0" + number : String.valueOf(number);
    }

    /** An ISO moment (a date, 'T', a time, maybe an offset; no offset is UTC). */
    private static Optional<OffsetDateTime> offsetMoment(Value value) {
        if (value.type() != Value.Type.STRING || !value.asString().contains("T")) {
            return Optional.empty();
        }
        String text = value.asString().trim();
        try {
            return Optional.of(OffsetDateTime.parse(text));
        } catch (DateTimeParseException noOffset) {
            try {
                return Optional.of(LocalDateTime.parse(text).atOffset(ZoneOffset.UTC));
            } catch (DateTimeParseException notAMoment) {
                return Optional.empty();
            }
        }
    }
}
