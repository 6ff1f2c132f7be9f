package nl.stemmen.export.sav;

import java.io.IOException;

/**
 * Bytecode compression (file header compression = 1): each 8-byte data element becomes a command byte,
 * and the elements no command can say follow each block of 8 command bytes. Holds at most one block.
 * Commands: 1..251 = the whole number (command - bias), 253 = 8 bytes follow, 254 = 8 spaces,
 * 255 = system-missing, 0 = padding of the last block.
 */
final class CaseCompressor {

    static final double BIAS = 100;
    static final double SYSMIS = -Double.MAX_VALUE;

    private static final int LITERAL = 253;
    private static final int SPACES = 254;
    private static final int MISSING = 255;

    private final LittleEndianOutput out;
    private final byte[] commands = new byte[8];
    private final byte[] literals = new byte[8 * 8];
    private int nCommands;
    private int nLiterals;

    CaseCompressor(LittleEndianOutput out) {
        this.out = out;
    }

    /** One numeric element; null and NaN are system-missing. */
    void number(Double value) throws IOException {
        if (value == null || value.isNaN()) {
            command(MISSING);
        } else if (value == Math.rint(value) && value >= 1 - BIAS && value <= 251 - BIAS) {
            command((int) (value + BIAS));
        } else {
            LittleEndianOutput.putFlt64(value, literals, nLiterals);
            nLiterals += 8;
            command(LITERAL);
        }
    }

    /** One string element: the 8 bytes of {@code chunk}. */
    void chunk(byte[] chunk) throws IOException {
        for (byte b : chunk) {
            if (b != LittleEndianOutput.SPACE) {
                System.arraycopy(chunk, 0, literals, nLiterals, 8);
                nLiterals += 8;
                command(LITERAL);
                return;
            }
        }
        command(SPACES);
    }

    /** Pads the last block with command 0 and writes it. */
    void finish() throws IOException {
        if (nCommands > 0) {
            while (nCommands < 8) {
                commands[nCommands++] = 0;
            }
            flushBlock();
        }
    }

    private void command(int code) throws IOException {
        commands[nCommands++] = (byte) code;
        if (nCommands == 8) {
            flushBlock();
        }
    }

    private void flushBlock() throws IOException {
        out.bytes(commands);
        out.bytes(literals, 0, nLiterals);
        nCommands = 0;
        nLiterals = 0;
    }
}
