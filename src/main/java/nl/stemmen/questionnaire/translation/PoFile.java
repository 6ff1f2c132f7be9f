package nl.stemmen.questionnaire.translation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.stemmen.questionnaire.load.LoadProblem;

/**
 * Reads Gettext PO files as Poedit and Weblate write them: {@code msgctxt}, {@code msgid},
 * {@code msgstr}, continuation lines, {@code #, fuzzy} flags and comments. Plural forms are not
 * used: texts that count use ICU MessageFormat inside one msgstr instead.
 */
public final class PoFile {

    private final Map<String, PoEntry> entries;
    private final Map<String, String> header;

    private PoFile(Map<String, PoEntry> entries, Map<String, String> header) {
        this.entries = entries;
        this.header = header;
    }

    /** Entries by their msgctxt key. */
    public Map<String, PoEntry> entries() {
        return entries;
    }

    /** The header fields (Language, Content-Type, …) of the entry with an empty msgid. */
    public Map<String, String> header() {
        return header;
    }

    public static PoFile parse(String file, String text, List<LoadProblem> problems) {
        Map<String, PoEntry> entries = new LinkedHashMap<>();
        Map<String, String> header = new LinkedHashMap<>();
        Reading entry = new Reading();
        // Windows editors may start the file with a byte order mark
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#~")) {
                // a blank line or an obsolete entry ends the entry, flags included
                entry = entry.hasText() ? entry.finish(file, entries, header, problems) : new Reading();
            } else if (line.startsWith("#,")) {
                entry = entry.hasText() ? entry.finish(file, entries, header, problems) : entry;
                entry.fuzzy = line.contains("fuzzy");
            } else if (line.startsWith("#")) {
                entry = entry.hasText() && entry.field.equals("msgstr") ? entry.finish(file, entries, header, problems) : entry;
            } else if (line.startsWith("\"")) {
                if (entry.field == null) {
                    problems.add(new LoadProblem(file, number, "a quoted text that belongs to no msgid or msgstr"));
                } else {
                    entry.append(unquote(line, file, number, problems));
                }
            } else {
                int space = line.indexOf(' ');
                String keyword = space < 0 ? line : line.substring(0, space);
                if (!List.of("msgctxt", "msgid", "msgstr").contains(keyword)) {
                    problems.add(new LoadProblem(file, number, "unknown line '" + abbreviate(line)
                            + "' (expected msgctxt, msgid, msgstr, a quoted text or a # comment)"));
                    continue;
                }
                if (keyword.equals("msgctxt") && entry.hasText() || keyword.equals("msgid") && entry.source != null) {
                    entry = entry.finish(file, entries, header, problems);
                }
                if (entry.line == 0) {
                    entry.line = number;
                }
                entry.field = keyword;
                entry.set(keyword, space < 0 ? "" : unquote(line.substring(space + 1).strip(), file, number, problems));
            }
        }
        entry.finish(file, entries, header, problems);
        return new PoFile(entries, header);
    }

    private static String unquote(String quoted, String file, int line, List<LoadProblem> problems) {
        if (quoted.length() < 2 || !quoted.startsWith("\"") || !quoted.endsWith("\"") || endsEscaped(quoted)) {
            problems.add(new LoadProblem(file, line, "a text should stand between double quotes: " + abbreviate(quoted)));
            return "";
        }
        StringBuilder out = new StringBuilder();
        String body = quoted.substring(1, quoted.length() - 1);
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 == body.length()) {
                out.append(c);
                continue;
            }
            char next = body.charAt(++i);
            out.append(switch (next) {
                case 'n' -> '\n';
                case 't' -> '\t';
                default -> next;
            });
        }
        return out.toString();
    }

    /** Whether the last quote is itself escaped ({@code "Zeg \"ja\"}), so the text never ends. */
    private static boolean endsEscaped(String quoted) {
        int backslashes = 0;
        for (int i = quoted.length() - 2; i > 0 && quoted.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** The entry being read. */
    private static final class Reading {
        String field;
        String context;
        String source;
        String translation;
        boolean fuzzy;
        int line;

        boolean hasText() {
            return context != null || source != null || translation != null;
        }

        void set(String keyword, String value) {
            switch (keyword) {
                case "msgctxt" -> context = value;
                case "msgid" -> source = value;
                default -> translation = value;
            }
        }

        void append(String value) {
            switch (field) {
                case "msgctxt" -> context += value;
                case "msgid" -> source += value;
                default -> translation += value;
            }
        }

        Reading finish(String file, Map<String, PoEntry> entries, Map<String, String> header, List<LoadProblem> problems) {
            if (!hasText()) {
                return this;
            }
            if (source == null || translation == null) {
                problems.add(new LoadProblem(file, line, "an entry needs both msgid and msgstr"));
            } else if (source.isEmpty() && context == null) {
                translation.lines().forEach(h -> {
                    int colon = h.indexOf(':');
                    if (colon > 0) {
                        header.put(h.substring(0, colon).strip(), h.substring(colon + 1).strip());
                    }
                });
            } else if (context == null) {
                problems.add(new LoadProblem(file, line, "entry '" + abbreviate(source)
                        + "' has no msgctxt: Stemmen finds each text by its msgctxt key"));
            } else if (entries.containsKey(context)) {
                problems.add(new LoadProblem(file, line, "msgctxt '" + context + "' appears twice (also at line "
                        + entries.get(context).line() + ")"));
            } else {
                entries.put(context, new PoEntry(context, source, translation, fuzzy, line));
            }
            return new Reading();
        }
    }

}
