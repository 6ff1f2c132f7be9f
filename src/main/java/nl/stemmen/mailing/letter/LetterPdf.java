package nl.stemmen.mailing.letter;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Printable letters with each person's QR code, link and short code (openhtmltopdf on PDFBox, fonts embedded as
 * subsets, Arabic and Farsi shaped and laid out right to left by ICU). One letter per person, in the order given
 * (the caller sorts by postcode); a letter takes one A4 page, or more when it carries every study language.
 * Plain Java: the mailing endpoint gives it the study's sender, contact e-mail, languages and letter texts.
 */
public final class LetterPdf {

    /** Letters per PDF in {@link #renderZip}: a print shop's file of a few MB that renders in seconds. */
    public static final int DEFAULT_PER_FILE = 500;

    /** The embedded fonts (SIL OFL 1.1, see fonts/OFL.txt): family, file, weight. */
    private static final List<Font> FONTS = List.of(
            new Font("Noto Sans", "NotoSans-Regular.ttf", 400), new Font("Noto Sans", "NotoSans-Bold.ttf", 700),
            new Font("Noto Naskh Arabic", "NotoNaskhArabic-Regular.ttf", 400),
            new Font("Noto Naskh Arabic", "NotoNaskhArabic-Bold.ttf", 700),
            new Font("Noto Sans Ethiopic", "NotoSansEthiopic-Regular.ttf", 400),
            new Font("Noto Sans Ethiopic", "NotoSansEthiopic-Bold.ttf", 700));
    private static final Map<String, byte[]> FONT_BYTES = new LinkedHashMap<>();

    private final LetterHtml html;

    /**
     * @param sender       the organisation's name, printed small above the address (its return line) and as the PDF title
     * @param contactEmail the study's contact address, filled into each language's contact sentence
     * @param languages    the study's language codes; a letter without a letter language gets a paragraph in each
     * @param texts        letter texts by language code; Dutch ({@code nl}) is required, IllegalArgumentException otherwise
     */
    public LetterPdf(String sender, String contactEmail, List<String> languages, Map<String, LetterTexts> texts) {
        if (!texts.containsKey("nl")) {
            throw new IllegalArgumentException("letter texts need Dutch (nl): the main text of every letter is Dutch");
        }
        this.html = new LetterHtml(sender, contactEmail, List.copyOf(languages), Map.copyOf(texts));
    }

    /** Writes one PDF of these letters to {@code out}, in the order given; {@code out} is left open. */
    public void render(OutputStream out, List<Letter> letters) throws IOException {
        renderDocument(out, html.document(letters));
    }

    /**
     * Writes any XHTML document as a PDF with the letters' fonts and their Arabic, Farsi and Ge'ez handling (a paper
     * questionnaire uses it too): families 'Noto Sans', 'Noto Naskh Arabic' and 'Noto Sans Ethiopic', weights 400
     * and 700; {@code out} is left open. IOException when writing fails.
     */
    public static void renderDocument(OutputStream out, String xhtml) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        // the reorderer also shapes Arabic script (ICU ArabicShaping, completed for Farsi) into presentation forms
        builder.useUnicodeBidiReorderer(new PersianShaping());
        builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(Locale.forLanguageTag("nl")));
        builder.defaultTextDirection(TextDirection.LTR);
        for (Font font : FONTS) {
            builder.useFont(() -> new ByteArrayInputStream(font(font.file())), font.family(), font.weight(), FontStyle.NORMAL, true);
        }
        builder.withHtmlContent(xhtml, null);
        builder.withProducer("Stemmen");
        builder.toStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // the caller owns the stream (it may be a ZIP entry)
            }
        });
        builder.run();
    }

    /** Text as XHTML character data for {@link #renderDocument}; characters XML cannot hold (controls) are dropped. */
    public static String escape(String text) {
        return LetterHtml.escape(text);
    }

    /**
     * Writes a ZIP of PDFs {@code letters-0001.pdf}, {@code letters-0002.pdf}, … of {@code perFile} letters each
     * (the last one fewer), taking the letters from the iterator as it goes, so memory holds one file's letters at
     * a time. No letters give an empty ZIP. IllegalArgumentException when perFile is below 1.
     */
    public void renderZip(OutputStream out, Iterator<Letter> letters, int perFile) throws IOException {
        if (perFile < 1) {
            throw new IllegalArgumentException("perFile must be at least 1, not " + perFile);
        }
        ZipOutputStream zip = new ZipOutputStream(out);
        int file = 0;
        while (letters.hasNext()) {
            List<Letter> part = new ArrayList<>(perFile);
            while (letters.hasNext() && part.size() < perFile) {
                part.add(letters.next());
            }
            zip.putNextEntry(new ZipEntry(String.format("letters-%04d.pdf", ++file)));
            render(zip, part);
            zip.closeEntry();
        }
        zip.finish();
    }

    private record Font(String family, String file, int weight) {
    }

    private static byte[] font(String file) {
        synchronized (FONT_BYTES) {
            return FONT_BYTES.computeIfAbsent(file, LetterPdf::readFont);
        }
    }

    private static byte[] readFont(String file) {
        try (InputStream in = LetterPdf.class.getClassLoader().getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing font fonts/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
