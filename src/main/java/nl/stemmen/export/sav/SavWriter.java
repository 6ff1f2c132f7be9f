package nl.stemmen.export.sav;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Streams an SPSS system file (.sav): the dictionary at once, then one case at a time, bytecode
 * compressed, through a 64 KiB buffer, so memory does not grow with the number of cases.
 *
 * <p>The header's case count is -1 ("unknown", which SPSS and PSPP read to the end of the data). When
 * {@code out} is a {@link FileOutputStream} (not opened for appending), {@link #close()} seeks back and
 * writes the real count.
 *
 * <p>Not thread-safe.
 */
public final class SavWriter implements Closeable {

    private static final int BUFFER_BYTES = 64 * 1024;

    private final OutputStream target;
    private final OutputStream buffered;
    private final List<Column> columns;
    private final CaseCompressor compressor;
    private final FileChannel seekable;
    private final long start;
    private final byte[] chunk = new byte[8];
    private long cases;
    private boolean closed;

    /**
     * Writes the header and dictionary at once; cases follow with {@link #writeCase(Object[])}.
     *
     * @param out        receives the file; closed by {@link #close()}
     * @param fileLabel  the file label, or null; cut to 60 bytes at a character boundary
     * @param variables  the variables in file order, at least one, names unique case-insensitively
     * @throws IllegalArgumentException naming the variable whose name repeats another, or for no variables
     */
    public SavWriter(OutputStream out, String fileLabel, List<SavVariable> variables) throws IOException {
        this.columns = Column.layOut(variables);
        this.target = out;
        FileChannel channel = out instanceof FileOutputStream file ? file.getChannel() : null;
        long position = -1;
        if (channel != null) {
            try {
                position = channel.position();
            } catch (IOException pipe) {
                channel = null; // a pipe or terminal: the count stays -1
            }
        }
        this.seekable = channel;
        this.start = position;
        this.buffered = new BufferedOutputStream(out, BUFFER_BYTES);
        LittleEndianOutput output = new LittleEndianOutput(buffered);
        new DictionaryWriter(output, columns).write(fileLabel, LocalDateTime.now());
        this.compressor = new CaseCompressor(output);
    }

    /**
     * One case, one value per variable in dictionary order: for a numeric variable a Double or other
     * Number (null or NaN = system-missing), for a string a String (null = empty; trailing spaces are
     * not kept, as in SPSS). Nothing is written when the case is refused.
     *
     * @throws IllegalArgumentException for a wrong number of values, a wrong type, or a string longer in
     *                                  UTF-8 than its variable's width (it is never cut)
     * @throws IllegalStateException    after {@link #close()}
     */
    public void writeCase(Object[] values) throws IOException {
        if (closed) {
            throw new IllegalStateException("the system file is closed");
        }
        if (values == null || values.length != columns.size()) {
            throw new IllegalArgumentException("a case has " + columns.size() + " values, got "
                    + (values == null ? "none" : values.length));
        }
        Object[] checked = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            checked[i] = checked(columns.get(i).variable(), values[i]);
        }
        for (int i = 0; i < checked.length; i++) {
            Column column = columns.get(i);
            if (column.variable().isNumeric()) {
                compressor.number((Double) checked[i]);
            } else {
                strings(column, (byte[]) checked[i]);
            }
        }
        cases++;
    }

    /** The number of cases written so far. */
    public long cases() {
        return cases;
    }

    /** Ends the data, writes the case count if {@code out} is a file, and closes {@code out}. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (target) {
            compressor.finish();
            buffered.flush();
            if (seekable != null && cases <= Integer.MAX_VALUE) {
                ByteBuffer count = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, (int) cases);
                seekable.write(count, start + DictionaryWriter.NCASES_OFFSET);
            }
        }
    }

    /** A numeric value as Double, or a string value as its UTF-8 bytes, or the reason it does not fit. */
    private static Object checked(SavVariable variable, Object value) {
        if (variable.isNumeric()) {
            if (value == null || value instanceof Double) {
                return value;
            }
            if (value instanceof Number number) {
                return number.doubleValue();
            }
            throw new IllegalArgumentException("variable " + variable.name() + " is numeric, got "
                    + value.getClass().getSimpleName());
        }
        if (value == null) {
            return new byte[0];
        }
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException("variable " + variable.name() + " is a string, got "
                    + value.getClass().getSimpleName());
        }
        byte[] bytes = Utf8.bytes(text);
        if (bytes.length > variable.width()) {
            throw new IllegalArgumentException("variable " + variable.name() + " holds " + variable.width()
                    + " bytes, the value has " + bytes.length + " in UTF-8");
        }
        return bytes;
    }

    /**
     * A string's elements. Segment i carries bytes i*255 .. i*255+width(i) of the value, padded with
     * spaces to a multiple of 8 bytes; bytes past the value are spaces.
     */
    private void strings(Column column, byte[] value) throws IOException {
        for (int segment = 0; segment < column.segments(); segment++) {
            int width = column.segmentWidth(segment);
            int from = segment * Column.SEGMENT_BYTES;
            for (int element = 0; element < Column.elements(width); element++) {
                Arrays.fill(chunk, LittleEndianOutput.SPACE);
                int offset = element * 8;
                int length = Math.min(8, Math.min(width, value.length - from) - offset);
                if (length > 0) {
                    System.arraycopy(value, from + offset, chunk, 0, length);
                }
                compressor.chunk(chunk);
            }
        }
    }
}
