package nl.stemmen.export.sav;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** UTF-8 bytes of the file's texts, cut only between characters. */
final class Utf8 {

    private Utf8() {
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static int length(String text) {
        return bytes(text).length;
    }

    /** The UTF-8 of {@code text}, at most {@code maxBytes} long, never ending inside a character. */
    static byte[] truncate(String text, int maxBytes) {
        byte[] bytes = bytes(text);
        if (bytes.length <= maxBytes) {
            return bytes;
        }
        int cut = maxBytes;
        // 10xxxxxx is a continuation byte: step back to the first byte of that character
        while (cut > 0 && (bytes[cut] & 0xC0) == 0x80) {
            cut--;
        }
        return Arrays.copyOf(bytes, cut);
    }
}
