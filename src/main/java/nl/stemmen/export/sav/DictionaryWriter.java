package nl.stemmen.export.sav;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes everything before the data: the file header, the variable records, the value labels
 * (records 3 and 4), the extension records 7.3, 7.4, 7.11, 7.13, 7.14 and 7.20, and the dictionary
 * termination record 999. Record layouts follow PSPP's "System File Format" chapter.
 */
final class DictionaryWriter {

    /** Byte offset of {@code ncases} in the file header, for patching it when the count is known. */
    static final int NCASES_OFFSET = 80;

    /** The header has 64 bytes for it, but PSPP keeps 60 (dict_set_label): so both readers show the same. */
    static final int MAX_FILE_LABEL_BYTES = 60;
    private static final int FILE_LABEL_FIELD_BYTES = 64;
    static final int MAX_VARIABLE_LABEL_BYTES = 255;
    /** SPSS documents 120 bytes for a value label (PSPP takes 255). */
    static final int MAX_VALUE_LABEL_BYTES = 120;

    private static final String PRODUCT = "@(#) SPSS DATA FILE Stemmen";
    private static final int FORMAT_A = 1;
    private static final int FORMAT_F = 5;
    private static final int MEASURE_NOMINAL = 1;
    private static final int MEASURE_SCALE = 3;
    private static final int ALIGN_LEFT = 0;
    private static final int ALIGN_RIGHT = 1;
    private static final byte[] BLANK_NAME = "        ".getBytes(StandardCharsets.US_ASCII);

    private final LittleEndianOutput out;
    private final List<Column> columns;

    DictionaryWriter(LittleEndianOutput out, List<Column> columns) {
        this.out = out;
        this.columns = columns;
    }

    /** Writes the whole dictionary; the header says -1 cases (unknown) and bytecode compression. */
    void write(String fileLabel, LocalDateTime created) throws IOException {
        header(fileLabel == null ? "" : fileLabel, created);
        for (Column column : columns) {
            variableRecords(column);
        }
        valueLabels();
        integerInfo();
        floatInfo();
        displayParameters();
        out.textRecord(13, longNames());
        if (columns.stream().anyMatch(Column::isVeryLong)) {
            out.textRecord(14, veryLongStrings());
        }
        out.textRecord(20, "UTF-8".getBytes(StandardCharsets.US_ASCII));
        out.int32(999);
        out.int32(0);
    }

    private void header(String fileLabel, LocalDateTime created) throws IOException {
        out.bytes("$FL2".getBytes(StandardCharsets.US_ASCII));
        out.padded(PRODUCT.getBytes(StandardCharsets.US_ASCII), 60, LittleEndianOutput.SPACE);
        out.int32(2); // layout code: little-endian
        out.int32(columns.stream().mapToInt(Column::elements).sum());
        out.int32(1); // bytecode compression
        out.int32(0); // no weight variable
        out.int32(-1); // cases unknown until the end
        out.flt64(CaseCompressor.BIAS);
        out.bytes(DateTimeFormatter.ofPattern("dd MMM yy", Locale.ENGLISH).format(created)
                .getBytes(StandardCharsets.US_ASCII));
        out.bytes(DateTimeFormatter.ofPattern("HH:mm:ss").format(created).getBytes(StandardCharsets.US_ASCII));
        out.padded(Utf8.truncate(fileLabel, MAX_FILE_LABEL_BYTES), FILE_LABEL_FIELD_BYTES, LittleEndianOutput.SPACE);
        out.padded(new byte[0], 3, (byte) 0);
    }

    /** Per segment: the record with its type, then one continuation record (type -1) per further 8 bytes. */
    private void variableRecords(Column column) throws IOException {
        SavVariable variable = column.variable();
        for (int segment = 0; segment < column.segments(); segment++) {
            int width = column.segmentWidth(segment);
            boolean labelled = segment == 0 && variable.label() != null && !variable.label().isEmpty();
            String label = labelled ? variable.label() : null;
            MissingValues missing = variable.missing();
            out.int32(2);
            out.int32(width);
            out.int32(label == null ? 0 : 1);
            out.int32(missing.code());
            out.int32(format(variable, width));
            out.int32(format(variable, width));
            out.padded(Utf8.bytes(column.segmentNames().get(segment)), 8, LittleEndianOutput.SPACE);
            if (label != null) {
                byte[] bytes = Utf8.truncate(label, MAX_VARIABLE_LABEL_BYTES);
                out.int32(bytes.length);
                out.padded(bytes, (bytes.length + 3) / 4 * 4, LittleEndianOutput.SPACE);
            }
            for (double value : missing.fileValues()) {
                out.flt64(value);
            }
            for (int extra = 1; extra < Column.elements(width); extra++) {
                out.int32(2);
                out.int32(-1);
                out.int32(0);
                out.int32(0);
                out.int32(0);
                out.int32(0);
                out.bytes(BLANK_NAME);
            }
        }
    }

    /** Print and write format: A{width} for strings; F8.0 for coded (labelled) numbers, else F8.2. */
    private static int format(SavVariable variable, int segmentWidth) {
        if (!variable.isNumeric()) {
            return FORMAT_A << 16 | segmentWidth << 8;
        }
        int decimals = variable.valueLabels().isEmpty() ? 2 : 0;
        return FORMAT_F << 16 | 8 << 8 | decimals;
    }

    /** One pair of records 3 and 4 per distinct set of labels, listing every variable that has that set. */
    private void valueLabels() throws IOException {
        Map<Map<Double, String>, List<Integer>> sets = new LinkedHashMap<>();
        for (Column column : columns) {
            if (!column.variable().valueLabels().isEmpty()) {
                sets.computeIfAbsent(column.variable().valueLabels(), k -> new ArrayList<>())
                        .add(column.dictionaryIndex());
            }
        }
        for (Map.Entry<Map<Double, String>, List<Integer>> set : sets.entrySet()) {
            out.int32(3);
            out.int32(set.getKey().size());
            for (Map.Entry<Double, String> label : set.getKey().entrySet()) {
                out.flt64(label.getKey());
                byte[] text = Utf8.truncate(label.getValue(), MAX_VALUE_LABEL_BYTES);
                out.bytes(new byte[] {(byte) text.length});
                // the length byte and the text together fill a multiple of 8 bytes
                out.padded(text, (text.length + 1 + 7) / 8 * 8 - 1, LittleEndianOutput.SPACE);
            }
            out.int32(4);
            out.int32(set.getValue().size());
            for (int index : set.getValue()) {
                out.int32(index);
            }
        }
    }

    private void integerInfo() throws IOException {
        extensionHeader(3, 4, 8);
        out.int32(20); // release of the SPSS format followed: with very long strings and the encoding record
        out.int32(0);
        out.int32(0);
        out.int32(-1); // machine code: unknown
        out.int32(1); // IEEE 754
        out.int32(1); // compression code: always 1
        out.int32(2); // little-endian
        out.int32(65001); // code page of UTF-8
    }

    private void floatInfo() throws IOException {
        extensionHeader(4, 8, 3);
        out.flt64(CaseCompressor.SYSMIS);
        out.flt64(Double.MAX_VALUE); // HIGHEST
        out.flt64(-Double.MAX_VALUE); // LOWEST, as SPSS 21 and later write it
    }

    /** Measure, column width and alignment for every segment: nominal for labelled numbers and strings. */
    private void displayParameters() throws IOException {
        extensionHeader(11, 4, 3 * columns.stream().mapToInt(Column::segments).sum());
        for (Column column : columns) {
            SavVariable variable = column.variable();
            for (int segment = 0; segment < column.segments(); segment++) {
                boolean scale = variable.isNumeric() && variable.valueLabels().isEmpty();
                out.int32(scale ? MEASURE_SCALE : MEASURE_NOMINAL);
                out.int32(variable.isNumeric() ? 8 : Math.min(column.segmentWidth(segment), 32));
                out.int32(variable.isNumeric() ? ALIGN_RIGHT : ALIGN_LEFT);
            }
        }
    }

    /** SHORT=Long for every variable, separated by tabs. */
    private byte[] longNames() {
        List<String> pairs = new ArrayList<>();
        for (Column column : columns) {
            pairs.add(column.segmentNames().get(0) + "=" + column.variable().name());
        }
        return Utf8.bytes(String.join("\t", pairs));
    }

    /** SHORT=00000 (the width, 5 digits) for every very long string, each ended by NUL and tab. */
    private byte[] veryLongStrings() {
        StringBuilder text = new StringBuilder();
        for (Column column : columns) {
            if (column.isVeryLong()) {
                text.append(column.segmentNames().get(0)).append('=')
                        .append(String.format(Locale.ROOT, "%05d", column.variable().width())).append("\0\t");
            }
        }
        return Utf8.bytes(text.toString());
    }

    private void extensionHeader(int subtype, int size, int count) throws IOException {
        out.int32(7);
        out.int32(subtype);
        out.int32(size);
        out.int32(count);
    }
}
