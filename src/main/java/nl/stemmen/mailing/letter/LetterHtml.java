package nl.stemmen.mailing.letter;

import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.util.ULocale;
import nl.stemmen.invite.QrPng;

/**
 * Letters as one XHTML document for openhtmltopdf, one letter starting on each new page. Measurements, for a
 * Dutch window envelope (C5/DL, window on the left, 90 × 45 mm, its corner 20 mm from the left and 45 mm from the
 * top of the A4 folded in three): the address block starts 25 mm from the left and 45 mm from the top, 85 mm wide
 * and at most 40 mm high, so 5 mm of play on each side keeps it in the window when the letter shifts.
 */
final class LetterHtml {

    /** Page margins 15 mm top, 20 mm right and left; the address block is placed inside them. */
    private static final String STYLE = """
            @page { size: A4; margin: 15mm 20mm 15mm 20mm; }
            body { font-family: 'Noto Sans', 'Noto Naskh Arabic', 'Noto Sans Ethiopic'; font-size: 10.5pt; line-height: 1.4; margin: 0; }
            .letter + .letter { page-break-before: always; }
            .head { width: 100%; border-collapse: collapse; }
            .head td { vertical-align: top; padding: 0; }
            .head td.window { width: 85mm; height: 40mm; padding: 30mm 0 5mm 5mm; }
            .sender { font-size: 7pt; margin-bottom: 2mm; }
            .address { font-size: 11pt; line-height: 1.3; }
            .head td.qr { text-align: right; padding-top: 30mm; }
            .qr img { width: 38mm; height: 38mm; }
            .access { margin: 4mm 0; padding: 3mm; border: 0.5pt solid #000; }
            .access div { word-wrap: break-word; }
            .code { font-size: 13pt; font-weight: bold; letter-spacing: 1pt; }
            .small { font-size: 9pt; }
            .other { margin-top: 4mm; padding-top: 2mm; border-top: 0.5pt solid #777; font-size: 9.5pt; }
            .other h2 { font-size: 9.5pt; margin: 0 0 1mm 0; }
            .other p { margin: 0 0 1.5mm 0; }
            .rtl { direction: rtl; text-align: right; font-family: 'Noto Naskh Arabic', 'Noto Sans'; }
            .ethiopic { font-family: 'Noto Sans Ethiopic', 'Noto Sans'; }
            """;

    private final String sender;
    private final String contactEmail;
    private final List<String> languages;
    private final Map<String, LetterTexts> texts;

    LetterHtml(String sender, String contactEmail, List<String> languages, Map<String, LetterTexts> texts) {
        this.sender = sender;
        this.contactEmail = contactEmail;
        this.languages = languages;
        this.texts = texts;
    }

    /** The XHTML of these letters, in the order given. */
    String document(List<Letter> letters) throws IOException {
        StringBuilder html = new StringBuilder(4096 * letters.size());
        html.append("<html lang=\"nl\"><head><meta charset=\"UTF-8\"/><title>").append(escape(sender))
                .append("</title><style>").append(STYLE).append("</style></head><body>");
        for (Letter letter : letters) {
            letter(html, letter);
        }
        return html.append("</body></html>").toString();
    }

    private void letter(StringBuilder html, Letter letter) throws IOException {
        LetterTexts dutch = texts.get("nl");
        html.append("<div class=\"letter\"><table class=\"head\"><tr><td class=\"window\"><div class=\"sender\">")
                .append(escape(sender)).append("</div><div class=\"address\">")
                .append(escape(letter.name())).append("<br/>").append(escape(letter.street())).append("<br/>")
                // PostNL: two spaces between postcode and town, the town in capitals
                .append(escape(letter.postcode())).append("&#160;&#160;").append(escape(upper(letter.city())))
                .append("</div></td><td class=\"qr\"><img alt=\"QR\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(QrPng.of(letter.link()))).append("\"/></td></tr></table>");
        html.append("<p>").append(escape(dutch.greeting(letter.name()))).append("</p><p>").append(escape(dutch.body()))
                .append("</p><p>").append(escape(dutch.howTo())).append("</p>");
        html.append("<div class=\"access\"><div>Link: <b>").append(escape(letter.link())).append("</b></div>");
        String codePage = codePage(letter.link());
        if (codePage != null) {
            html.append("<div>Website: ").append(escape(codePage)).append("</div>");
        }
        html.append("<div>Code: <span class=\"code\">").append(escape(letter.code())).append("</span></div></div>");
        html.append("<p class=\"small\">").append(escape(dutch.privacy())).append(' ')
                .append(escape(dutch.contact(contactEmail))).append("</p>");
        for (String language : otherLanguages(letter)) {
            other(html, texts.get(language), letter.name());
        }
        html.append("</div>");
    }

    /** The person's letter language when the frame gives one other than Dutch; without one, all the study's languages. */
    private List<String> otherLanguages(Letter letter) {
        if (letter.language() != null && texts.containsKey(letter.language())) {
            return letter.language().equals("nl") ? List.of() : List.of(letter.language());
        }
        return languages.stream().filter(l -> !l.equals("nl") && texts.containsKey(l)).toList();
    }

    private void other(StringBuilder html, LetterTexts text, String name) {
        ULocale locale = new ULocale(text.language());
        String script = locale.isRightToLeft() ? " rtl\" dir=\"rtl" : text.language().equals("ti") ? " ethiopic" : "";
        html.append("<div class=\"other").append(script).append("\" lang=\"").append(escape(text.language())).append("\"><h2>")
                .append(escape(locale.getDisplayName(locale))).append("</h2><p>").append(escape(text.greeting(name))).append(' ')
                .append(escape(text.body())).append("</p><p>").append(escape(text.howTo())).append("</p><p>")
                .append(escape(text.privacy())).append(' ').append(escape(text.contact(contactEmail))).append("</p></div>");
    }

    /** The {@code /code} page of the site the link points to, where the short code is typed in; null for another link. */
    private static String codePage(String link) {
        int personal = link.lastIndexOf("/s/");
        return personal < 0 ? null : link.substring(0, personal) + "/code";
    }

    private static String upper(String city) {
        return city == null ? "" : city.toUpperCase(new Locale("nl"));
    }

    /** Text as XHTML character data; characters XML cannot hold (controls) are dropped. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
