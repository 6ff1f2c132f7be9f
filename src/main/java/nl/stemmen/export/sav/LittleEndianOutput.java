package nl.stemmen.export.sav;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/** Writes the system file's int32, flt64 and fixed-width texts, little-endian (layout code 2). */
final class LittleEndianOutput {

    static final byte SPACE = ' ';

    private final OutputStream out;
    private final byte[] scratch = new byte[8];

    LittleEndianOutput(OutputStream out) {
        this.out = out;
    }

    void int32(int value) throws IOException {
        for (int i = 0; i < 4; i++) {
            scratch[i] = (byte) (value >>> (8 * i));
        }
        out.write(scratch, 0, 4);
    }

    void flt64(double value) throws IOException {
        putFlt64(value, scratch, 0);
        out.write(scratch, 0, 8);
    }

    /** {@code value} as 8 little-endian bytes into {@code target} at {@code offset}. */
    static void putFlt64(double value, byte[] target, int offset) {
        long bits = Double.doubleToRawLongBits(value);
        for (int i = 0; i < 8; i++) {
            target[offset + i] = (byte) (bits >>> (8 * i));
        }
    }

    void bytes(byte[] bytes) throws IOException {
        out.write(bytes);
    }

    void bytes(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
    }

    /** {@code bytes} (no longer than {@code length}) padded on the right with {@code pad} to {@code length}. */
    void padded(byte[] bytes, int length, byte pad) throws IOException {
        out.write(bytes);
        byte[] padding = new byte[length - bytes.length];
        Arrays.fill(padding, pad);
        out.write(padding);
    }

    /** An extension record (type 7) of single bytes: header, then {@code data}. */
    void textRecord(int subtype, byte[] data) throws IOException {
        int32(7);
        int32(subtype);
        int32(1);
        int32(data.length);
        bytes(data);
    }
}
