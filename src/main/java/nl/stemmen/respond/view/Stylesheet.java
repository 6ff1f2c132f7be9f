package nl.stemmen.respond.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.quarkus.qute.TemplateGlobal;
import nl.stemmen.language.Language;
import nl.stemmen.language.UiTexts;

/**
 * Addresses of the stylesheet and the fonts for templates. Each carries a hash of the file's content,
 * so a changed file is never stale in a cache that keeps it for good ({@code immutable}).
 */
@TemplateGlobal
public final class Stylesheet {

    public static final String stylesheet = address("static/stemmen.css");
    /** What only staff pages need (the monitor's tables), so respondents' pages stay small. */
    public static final String staffStylesheet = address("static/staff.css");
    /** Noto Sans Ethiopic, the Ethiopic block, for Tigrinya pages; with a real bold so nothing is faked bold. */
    public static final String ethiopicRegular = address("font/noto-sans-ethiopic-regular.woff2");
    public static final String ethiopicBold = address("font/noto-sans-ethiopic-bold.woff2");
    /**
     * Only the glyphs of the Ge'ez that pages in other languages show (scripts/fonts.sh): the language's name
     * ትግርኛ, and "choose your language" in Tigrinya atop the language choice (tags/chooselanguage.html).
     */
    public static final String ethiopicNames = address("font/ethiopic-language-names.woff2");
    /** The characters of that font as a CSS unicode-range: the browser loads it only for these. */
    public static final String ethiopicNamesRange = IntStream.concat(
            Language.all().stream().flatMapToInt(l -> l.nativeName().codePoints()),
            UiTexts.translation(Language.TI, "start.title").codePoints())
            .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ETHIOPIC)
            .distinct().sorted()
            .mapToObj(c -> String.format("U+%04X", c))
            .collect(Collectors.joining(","));

    private Stylesheet() {
    }

    private static String address(String file) {
        return "/" + file + "?v=" + contentHash("META-INF/resources/" + file);
    }

    private static String contentHash(String resource) {
        try (InputStream in = Stylesheet.class.getClassLoader().getResourceAsStream(resource)) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
