package nl.stemmen.questionnaire.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The text of a questionnaire or translation file, checked before it is parsed: at most
 * {@link #MAX_BYTES}, UTF-8, and no control characters. Each refusal names the line, the column
 * and the byte or character, in words an author can act on.
 */
public final class SourceText {

    /** 512 KB: ten times the demo questionnaire with all its translations, and well within the database column. */
    public static final int MAX_BYTES = 512 * 1024;

    private SourceText() {
    }

    /**
     * Reads {@code path}, reported as {@code file}.
     *
     * @return the checked text
     * @throws QuestionnaireFileException the file is too large, not UTF-8 or holds a control character
     * @throws IOException the file cannot be read at all
     */
    public static String read(String file, Path path) throws QuestionnaireFileException, IOException {
        long size = Files.size(path);
        if (size > MAX_BYTES) {
            throw refused(file, 0, tooLarge(size));
        }
        return decode(file, Files.readAllBytes(path));
    }

    /** {@code bytes} as UTF-8 text, checked as in {@link #check}; the first byte that is not UTF-8 is refused with its line. */
    public static String decode(String file, byte[] bytes) throws QuestionnaireFileException {
        if (bytes.length > MAX_BYTES) {
            throw refused(file, 0, tooLarge(bytes.length));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never needs fewer bytes than UTF-16 units
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String before = out.flip().toString();
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - before.lastIndexOf('\n');
            int bad = bytes[in.position()] & 0xFF;
            throw refused(file, line, String.format("byte 0x%02X at column %d is not UTF-8%s; save the file as UTF-8",
                    bad, column, asWindows1252(bad)));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        check(file, text);
        return text;
    }

    /**
     * Refuses text longer than {@link #MAX_BYTES} characters or holding a character that YAML and
     * PO editors cannot show: controls other than tab and line ends, and U+FFFE/U+FFFF.
     */
    public static void check(String file, String text) throws QuestionnaireFileException {
        if (text.length() > MAX_BYTES) {
            throw refused(file, 0, tooLarge(text.length()));
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (!allowed(c)) {
                int column = text.codePointCount(lineStart, i) + 1;
                throw refused(file, line, String.format("character U+%04X at column %d is %s, which is not allowed"
                        + " in a questionnaire or translation; remove it", c, column,
                        Character.isISOControl(c) ? "a control character" : "not a character"));
            }
        }
    }

    // what YAML 1.1 calls printable, the same set SnakeYAML checks
    private static boolean allowed(int c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7E) || c == 0x85
                || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** Most non-UTF-8 files come from Windows: what the byte means there helps find it. */
    private static String asWindows1252(int bad) {
        try {
            String meant = Charset.forName("windows-1252").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(new byte[] {(byte) bad})).toString();
            return !Character.isISOControl(meant.codePointAt(0)) ? " (probably '" + meant + "' saved as Windows-1252)" : "";
        } catch (CharacterCodingException e) {
            return "";
        }
    }

    private static String tooLarge(long size) {
        return String.format("the file is %d KB; a questionnaire or translation file may be at most %d KB"
                + " (remove long comments, or split the questionnaire)", (size + 1023) / 1024, MAX_BYTES / 1024);
    }

    private static QuestionnaireFileException refused(String file, int line, String reason) {
        return new QuestionnaireFileException(List.of(new LoadProblem(file, line, reason)));
    }
}
