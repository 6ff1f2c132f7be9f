package nl.stemmen.study.frame;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

/**
 * The characters of a frame file: decoded strictly as UTF-8 (a bad byte stops reading with its line), a leading
 * byte-order mark dropped, at most a given number of bytes. It counts physical lines (LF, CRLF or CR) as it
 * decodes, so a character position of the parser can be turned into the line it is on.
 */
final class FrameText extends Reader {

    /** Reading stopped because the file itself cannot be read on: not UTF-8, or too large. */
    static final class Unreadable extends IOException {
        final transient FrameProblem problem;

        Unreadable(FrameProblem problem) {
            super(problem.toString());
            this.problem = problem;
        }
    }

    private final InputStream in;
    private final long maxBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
    private final CharBuffer chars = CharBuffer.allocate(16 * 1024).flip();
    private long bytesRead;
    private boolean endOfInput;
    private boolean started;

    private long decoded;
    private boolean afterCarriageReturn;
    private int linesDecoded = 1;
    // Start positions of lines decoded but not yet asked for: bounded by the parser's read-ahead.
    private final ArrayDeque<Long> lineStarts = new ArrayDeque<>();
    private int lineAsked = 1;

    FrameText(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /**
     * The physical line (1 = first) of a character position, counted without the byte-order mark. Positions
     * must be asked in increasing order, and only for characters already read.
     */
    int lineAt(long position) {
        while (!lineStarts.isEmpty() && lineStarts.peekFirst() <= position) {
            lineStarts.pollFirst();
            lineAsked++;
        }
        return lineAsked;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (endOfInput && !bytes.hasRemaining()) {
                return -1;
            }
            decodeMore();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        return n;
    }

    private void decodeMore() throws IOException {
        if (!endOfInput) {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + n);
                bytesRead += n;
            }
            bytes.flip();
            if (bytesRead > maxBytes) {
                throw new Unreadable(new FrameProblem(linesDecoded, null, "the file is larger than "
                        + maxBytes / (1024 * 1024) + " MB; split it into smaller files and upload them one by one"));
            }
        }
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        if (!result.isError() && endOfInput && !bytes.hasRemaining()) {
            result = decoder.flush(chars);
        }
        chars.flip();
        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(0) == '\uFEFF') {
                chars.get();
            }
        }
        countLines();
        if (result.isError()) {
            throw new Unreadable(new FrameProblem(linesDecoded, null, String.format(
                    "byte 0x%02X is not UTF-8; save the file as CSV UTF-8 (in Excel: Save as, 'CSV UTF-8'). A plain"
                            + " 'CSV' from Excel on Windows is Windows-1252 and breaks letters like é, ë and ç",
                    bytes.get(bytes.position()) & 0xFF)));
        }
    }

    private void countLines() {
        for (int i = chars.position(); i < chars.limit(); i++) {
            char c = chars.get(i);
            decoded++;
            if (c == '\r' || (c == '\n' && !afterCarriageReturn)) {
                linesDecoded++;
                lineStarts.addLast(decoded);
            }
            afterCarriageReturn = c == '\r';
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
