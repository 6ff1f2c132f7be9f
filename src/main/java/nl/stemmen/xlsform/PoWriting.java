package nl.stemmen.xlsform;

import java.util.List;

/**
 * Writes a Gettext PO file as docs/translations.md describes it, which {@code questionnaire.translation.PoFile}
 * reads back: a header naming the language, then per text its key ({@code msgctxt}), the source text and the
 * translation ("" where the workbook has none, which Stemmen counts as missing).
 */
final class PoWriting {

    /** One text to translate: its key, the source text, the translation or "". */
    record Entry(String key, String source, String translation) {
    }

    private PoWriting() {
    }

    /** The PO text for {@code language}; {@code project} names the questionnaire and version in the header. */
    static String write(String language, String project, List<Entry> entries) {
        StringBuilder po = new StringBuilder();
        po.append("# Made by Stemmen from an XLSForm workbook (docs/xlsform.md).\n");
        po.append("msgid \"\"\nmsgstr \"\"\n");
        po.append(quoted("Project-Id-Version: " + project + "\n")).append('\n');
        po.append(quoted("Language: " + language + "\n")).append('\n');
        po.append(quoted("MIME-Version: 1.0\n")).append('\n');
        po.append(quoted("Content-Type: text/plain; charset=UTF-8\n")).append('\n');
        po.append(quoted("Content-Transfer-Encoding: 8bit\n")).append('\n');
        for (Entry entry : entries) {
            po.append('\n');
            po.append("msgctxt ").append(quoted(entry.key())).append('\n');
            po.append("msgid ").append(quoted(entry.source())).append('\n');
            po.append("msgstr ").append(quoted(entry.translation())).append('\n');
        }
        return po.toString();
    }

    /** A PO string: backslash, quote, line break and tab escaped, so every text stays on one line. */
    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t")
                .replace("\r", "") + "\"";
    }
}
