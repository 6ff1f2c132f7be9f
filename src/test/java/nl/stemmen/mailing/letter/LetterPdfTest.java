package nl.stemmen.mailing.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import nl.stemmen.invite.QrCodes;

/**
 * The letters as a reader gets them: the PDF rendered to PNG pages by poppler's pdftoppm (100 dpi), every QR code
 * read back with ZXing ({@link QrCodes}), and the PDF's text taken out by pdftotext. The pages stay in target/letter-pages for a look.
 */
public class LetterPdfTest {

    public static final Path PAGES = Path.of("target", "letter-pages");
    private static final LetterPdf PDF = new LetterPdf("Gemeente Voorbeeld, Postbus 1, 1000 AA Amsterdam", "onderzoek@voorbeeld.nl",
            LetterTexts.DEFAULT_LANGUAGES, LetterTexts.defaults());

    private static final List<Letter> SIX = List.of(
            new Letter("Zoë Janssen-Daniëls", "Kerkstraat 12", "1011 AB", "Amsterdam", "nl",
                    "https://stemmen.example.nl/s/Jq3vX9kLm2Pq8RtY7wZa1B", "K7M4QX9P"),
            new Letter("Daniel Brown", "Laan van Meerdervoort 301", "2517 AK", "Den Haag", "en",
                    "https://stemmen.example.nl/s/Ab4cD5eF6gH7iJ8kL9mN0p", "H3JN8RTW"),
            new Letter("Fatima Al-Hassan", "Oudegracht 88 bis", "3511 AV", "Utrecht", "ar",
                    "https://stemmen.example.nl/s/Zz9yX8wV7uT6sR5qP4oN3m", "Q9WE4RT7"),
            new Letter("Ayşe Yılmaz", "Graafseweg 5", "6512 BM", "Nijmegen", "tr",
                    "https://stemmen.example.nl/s/Mn2bV3cX4zL5kJ6hG7fD8s", "V6BN2MK8"),
            new Letter("Maryam Rezaei", "Vismarkt 3", "8011 PS", "Zwolle", "fa",
                    "https://stemmen.example.nl/s/Pp1oO2iI3uU4yY5tT6rR7e", "X2CV7BN4"),
            new Letter("Senait Tesfay", "Grote Markt 20", "9711 LV", "Groningen", "ti",
                    "https://stemmen.example.nl/s/Ww8eE9rR0tT1yY2uU3iI4o", "D4FG9HJ3"));

    @Test
    void everyPageCarriesItsPersonsQrCodeNameAddressLinkAndCode() throws Exception {
        Path pdf = write("six", SIX);
        List<Path> pages = pngPages(pdf, "six");
        assertEquals(SIX.size(), pages.size(), "one A4 page per letter with one extra language");
        for (int i = 0; i < SIX.size(); i++) {
            assertEquals(SIX.get(i).link(), qr(pages.get(i)), "the QR code of page " + (i + 1));
        }
        for (int i = 0; i < SIX.size(); i++) {
            String page = text(pdf, i + 1);
            Letter letter = SIX.get(i);
            for (String expected : List.of(letter.name(), letter.postcode(), letter.code(), letter.link(), "onderzoek@voorbeeld.nl")) {
                assertTrue(page.contains(expected), "page " + (i + 1) + " shows " + expected + ":\n" + page);
            }
        }
        String all = text(pdf, 0);
        assertTrue(all.contains("ideeën"), "Dutch diacritics come out as text");
        assertTrue(all.contains("Katılım gönüllüdür"), "the Turkish letter has its Turkish paragraph");
        assertTrue(!text(pdf, 1).contains("Taking part is voluntary"), "a Dutch letter has no translations");
    }

    @Test
    void aLetterWithoutLanguageHasEveryStudyLanguage() throws Exception {
        Letter nobody = new Letter("Noa de Boer", "Markt 1", "5611 EB", "Eindhoven", null,
                "https://stemmen.example.nl/s/Nn5mM6lL7kK8jJ9hH0gG1f", "T7YU3PL9");
        Path pdf = write("unknown", List.of(nobody));
        assertEquals(nobody.link(), qr(pngPages(pdf, "unknown").get(0)));
        String text = text(pdf, 0);
        for (String expected : List.of("Taking part is voluntary", "Katılım gönüllüdür", nobody.code())) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
    }

    @Test
    void aZipSplitsTheLettersIntoFilesInOrder() throws Exception {
        List<Letter> seven = new ArrayList<>(SIX);
        seven.add(SIX.get(0));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        PDF.renderZip(zip, seven.iterator(), 3);
        List<String> names = new ArrayList<>();
        try (ZipInputStream entries = new ZipInputStream(new java.io.ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null;) {
                names.add(entry.getName());
                Path pdf = PAGES.resolve("zip-" + entry.getName());
                Files.write(pdf, entries.readAllBytes());
                assertTrue(text(pdf, 0).contains(seven.get(3 * (names.size() - 1)).code()), entry.getName() + " starts at its letter");
            }
        }
        assertEquals(List.of("letters-0001.pdf", "letters-0002.pdf", "letters-0003.pdf"), names);
    }

    /** Not an assertion: the time and size per 100 letters, printed for the mailing's planning (65,000 letters). */
    @Test
    void timePerHundredLetters() throws IOException {
        Iterator<Letter> hundred = IntStream.range(0, 100).mapToObj(i -> SIX.get(i % SIX.size())).iterator();
        PDF.render(OutputStream.nullOutputStream(), SIX); // warm up fonts and classes
        long start = System.nanoTime();
        CountingStream counted = new CountingStream();
        PDF.renderZip(counted, hundred, 100);
        System.out.printf("LetterPdf: 100 letters in %d ms, %d kB%n", (System.nanoTime() - start) / 1_000_000, counted.bytes / 1024);
    }

    private static Path write(String name, List<Letter> letters) throws IOException {
        Files.createDirectories(PAGES);
        Path pdf = PAGES.resolve(name + ".pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            PDF.render(out, letters);
        }
        return pdf;
    }

    public static List<Path> pngPages(Path pdf, String prefix) throws Exception {
        run("pdftoppm", "-r", "100", "-png", pdf.toString(), PAGES.resolve(prefix).toString());
        try (Stream<Path> files = Files.list(PAGES)) {
            return files.filter(p -> p.getFileName().toString().matches(prefix + "-\\d+\\.png")).sorted().toList();
        }
    }

    /** The text of one page (from 1), or of the whole PDF for 0. */
    public static String text(Path pdf, int page) throws Exception {
        return page == 0 ? run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
                : run("pdftotext", "-enc", "UTF-8", "-f", "" + page, "-l", "" + page, pdf.toString(), "-");
    }

    public static String qr(Path png) throws Exception {
        return QrCodes.read(ImageIO.read(png.toFile()));
    }

    /** Runs a poppler-utils tool; fails (not skips) when it is missing: ./test.sh installs poppler-utils. */
    private static String run(String... command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is missing: install poppler-utils (./test.sh does)", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
        return output;
    }

    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
