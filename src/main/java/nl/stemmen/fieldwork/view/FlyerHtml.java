package nl.stemmen.fieldwork.view;

import java.io.IOException;
import java.util.Base64;

import nl.stemmen.fieldwork.OpenLinks;
import nl.stemmen.invite.QrPng;
import nl.stemmen.language.Language;
import nl.stemmen.language.UiTexts;
import nl.stemmen.mailing.letter.LetterPdf;

/**
 * A QR flyer to print, as XHTML for {@link LetterPdf#renderDocument}: one page of A5 (148 × 210 mm) or A6 (105 ×
 * 148 mm) with the study's name and organisation, a large QR code of the flyer's open link, the short address
 * written out to type, and a line in each of the study's languages saying what to do (UI text {@code flyer.print}),
 * each in its own direction and script, and the contact e-mail.
 */
public final class FlyerHtml {

    /** The printed sizes: page width and height, QR side and base font size, in mm and pt. */
    public enum Size {
        A5("148mm 210mm", "80mm", "11pt", "20pt"), A6("105mm 148mm", "44mm", "7pt", "12pt");

        private final String page;
        private final String qr;
        private final String font;
        private final String title;

        Size(String page, String qr, String font, String title) {
            this.page = page;
            this.qr = qr;
            this.font = font;
            this.title = title;
        }

        /** The size named {@code a5} or {@code a6} (any case); null for anything else. */
        public static Size named(String name) {
            for (Size size : values()) {
                if (size.name().equalsIgnoreCase(name)) {
                    return size;
                }
            }
            return null;
        }
    }

    private FlyerHtml() {
    }

    /**
     * The flyer's document.
     *
     * @param texts the UI texts, for each language's line
     * @throws IOException when the QR code cannot be drawn
     */
    public static String document(OpenLinks.Printable flyer, Size size, UiTexts texts) throws IOException {
        StringBuilder html = new StringBuilder(8 * 1024);
        html.append("<html lang=\"nl\"><head><meta charset=\"UTF-8\"/><title>").append(LetterPdf.escape(flyer.studyName()))
                .append("</title><style>@page { size: ").append(size.page).append("; margin: 8mm; } body { font-family: 'Noto Sans',"
                        + " 'Noto Naskh Arabic', 'Noto Sans Ethiopic'; font-size: ").append(size.font).append("; line-height: 1.3;"
                        + " margin: 0; text-align: center; } h1 { font-size: ").append(size.title).append("; margin: 0 0 1mm 0; }"
                        + " .org { margin: 0 0 2mm 0; } .qr img { width: ").append(size.qr).append("; height: ").append(size.qr)
                .append("; } .address { font-size: 1.35em; font-weight: bold; margin: 1mm 0 3mm 0; } p.line { margin: 0 0 1.5mm 0; }"
                        + " .rtl { direction: rtl; font-family: 'Noto Naskh Arabic', 'Noto Sans'; }"
                        + " .ethiopic { font-family: 'Noto Sans Ethiopic', 'Noto Sans'; } .contact { margin-top: 2mm; }"
                        + "</style></head><body>");
        html.append("<h1>").append(LetterPdf.escape(flyer.studyName())).append("</h1><p class=\"org\">")
                .append(LetterPdf.escape(flyer.organisation())).append("</p>");
        html.append("<div class=\"qr\"><img alt=\"QR\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(QrPng.of(flyer.link()))).append("\"/></div>");
        html.append("<p class=\"address\" dir=\"ltr\">").append(LetterPdf.escape(shortAddress(flyer.link()))).append("</p>");
        for (Language language : flyer.languages()) {
            String script = language.isRightToLeft() ? " rtl" : language.needsEthiopicFont() ? " ethiopic" : "";
            html.append("<p class=\"line").append(script).append("\" lang=\"").append(language.code()).append("\" dir=\"")
                    .append(language.direction()).append("\">").append(LetterPdf.escape(texts.in(language).plain("flyer.print")))
                    .append("</p>");
        }
        if (flyer.contactEmail() != null) {
            Language first = flyer.languages().isEmpty() ? Language.NL : flyer.languages().get(0);
            html.append("<p class=\"contact\" lang=\"").append(first.code()).append("\" dir=\"").append(first.direction())
                    .append("\">").append(LetterPdf.escape(texts.in(first).plain("flyer.print_contact")
                            .replace("{email}", flyer.contactEmail()))).append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    /** The link without its scheme, as people type it: {@code stemmen.nl/f/K7QM2X}. */
    static String shortAddress(String link) {
        return link.replaceFirst("(?i)^https?://", "");
    }
}
