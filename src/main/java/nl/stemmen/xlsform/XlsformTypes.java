package nl.stemmen.xlsform;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * XLSForm's {@code type} column: which types become Stemmen questions, which are left out with a warning
 * (device metadata) and which are refused, each with what to do instead.
 */
final class XlsformTypes {

    /** Types Stemmen takes, by XLSForm's spellings, to the spelling Stemmen's format uses. */
    static final Map<String, String> TAKEN = Map.ofEntries(Map.entry("select_one", "select_one"),
            Map.entry("select_multiple", "select_multiple"), Map.entry("select_all_that_apply", "select_multiple"),
            Map.entry("matrix", "matrix"), Map.entry("text", "text"), Map.entry("string", "text"),
            Map.entry("integer", "integer"), Map.entry("int", "integer"), Map.entry("decimal", "decimal"),
            Map.entry("date", "date"), Map.entry("note", "note"), Map.entry("calculate", "calculate"),
            Map.entry("range", "range"));

    /** Types that take a choice list after them. */
    static final Set<String> WITH_LIST = Set.of("select_one", "select_multiple", "matrix");

    /** Device and session metadata: Stemmen records a response's times itself and collects nothing of the device. */
    static final Set<String> METADATA = Set.of("start", "end", "today", "deviceid", "subscriberid", "simserial",
            "phonenumber", "username", "email", "audit", "start-geopoint", "background-audio", "instanceid",
            // SurveyCTO's
            "caseid", "comments", "text_audit", "audio_audit", "speed_violations_count", "speed_violations_list",
            "speed_violations_audit", "sensor_statistic", "sensor_stream");

    private static final String LOCATION = "Stemmen does not ask for locations: ask for a postcode or neighbourhood"
            + " with text or select_one";
    private static final String MEDIA = "Stemmen does not take photos, recordings or files: ask in words (text)";
    private static final String FROM_FILE = "choices from a file are not read: put the choices on the choices sheet";
    private static final String REPEAT = "repeats are not supported: ask about a fixed number with separate questions"
            + " (first child, second child …), or use select_multiple";

    /** Refused types, with what to do instead. */
    static final Map<String, String> REFUSED = Map.ofEntries(
            Map.entry("begin_repeat", REPEAT), Map.entry("end_repeat", REPEAT),
            Map.entry("geopoint", LOCATION), Map.entry("geotrace", LOCATION), Map.entry("geoshape", LOCATION),
            Map.entry("image", MEDIA), Map.entry("audio", MEDIA), Map.entry("video", MEDIA), Map.entry("file", MEDIA),
            Map.entry("barcode", "Stemmen does not scan codes: ask for the code as text"),
            Map.entry("trigger", "use a note, or select_one with a single choice such as 'ok'"),
            Map.entry("acknowledge", "use a note, or select_one with a single choice such as 'ok'"),
            Map.entry("select_one_from_file", FROM_FILE), Map.entry("select_multiple_from_file", FROM_FILE),
            Map.entry("select_one_external", FROM_FILE),
            Map.entry("rank", "ranking is not supported: use a matrix, or select_one questions for first, second …"),
            Map.entry("time", "times are not asked: use a select_one of time slots, or text"),
            Map.entry("datetime", "use date, and a select_one of time slots when the time matters"),
            Map.entry("hidden", "use calculate"), Map.entry("xml-external", FROM_FILE),
            Map.entry("csv-external", FROM_FILE),
            Map.entry("begin_kobomatrix", "write a matrix as 'matrix <list>' with its statements in the rows column"
                    + " (docs/xlsform.md)"),
            Map.entry("end_kobomatrix", "write a matrix as 'matrix <list>' with its statements in the rows column"
                    + " (docs/xlsform.md)"));

    private XlsformTypes() {
    }

    /**
     * A type cell in words: the keyword (spaces as XLSForm allows them, {@code begin group}, {@code select one},
     * {@code select all that apply}, made one) in lower case, then its arguments (list name, {@code or_other}).
     */
    static List<String> words(String typeCell) {
        String text = typeCell.strip().replaceAll("\\s+", " ");
        String lower = text.toLowerCase(Locale.ROOT);
        for (String spaced : List.of("begin group", "end group", "begin repeat", "end repeat", "select one from file",
                "select multiple from file", "select one external", "select all that apply", "select one",
                "select multiple", "text audit", "audio audit", "speed violations count", "speed violations list",
                "speed violations audit", "sensor statistic", "sensor stream")) {
            if (lower.equals(spaced) || lower.startsWith(spaced + " ")) {
                String rest = text.substring(spaced.length()).strip();
                String keyword = spaced.replace(' ', '_');
                return rest.isEmpty() ? List.of(keyword) : concat(keyword, rest.split(" "));
            }
        }
        String[] parts = text.split(" ");
        parts[0] = parts[0].toLowerCase(Locale.ROOT);
        return List.of(parts);
    }

    private static List<String> concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return List.of(all);
    }
}
