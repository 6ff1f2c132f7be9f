package nl.stemmen.study.frame;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a sample frame CSV (contract §3) and checks it whole: the file is either read into a {@link SampleFrame}
 * or refused with every problem, each with its physical line, column and reason.
 * <p>
 * Accepted: UTF-8 with or without byte-order mark; comma, semicolon (Excel's Dutch export) or tab as delimiter,
 * decided from the header line; quoted fields with delimiters, quotes ({@code ""}) and line breaks; LF, CRLF or
 * CR line ends. Lines that are empty or hold only delimiters are skipped. Values and header names are trimmed;
 * header names are case-insensitive, spaces and hyphens in them read as {@code _} ("Country of birth" is
 * {@code country_of_birth}, "E-mail" is {@code email}). A column without a name is
 * allowed only when all its values are empty (Excel's trailing {@code ;;}).
 * <p>
 * The file is read record by record: only the people are kept, and no longer once a problem is found. Reading
 * stops at a byte that is not UTF-8, at a quote that is never closed, and beyond the size limits.
 */
public class SampleFrameReader {

    /** Largest file read: 64 MB (a national DUO list of 65,000 people with addresses is about 9 MB). */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    /** Most people in one file: about four national DUO mailings; 65,000 people take 32 MB of heap. */
    public static final int DEFAULT_MAX_PEOPLE = 250_000;
    /** At most this many problems are listed; the rest are counted. */
    public static final int DEFAULT_MAX_PROBLEMS = 1000;
    // the widths of frame_person.ref and frame_attribute.attribute_value: a longer value cannot be stored
    private static final int MAX_REF = 100;
    private static final int MAX_ATTRIBUTE_VALUE = 200;

    private static final int MAX_HEADER_CHARS = 64 * 1024;

    private final long maxBytes;
    private final int maxPeople;
    private final int maxProblems;

    /** A reader with the default limits. */
    public SampleFrameReader() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_PEOPLE, DEFAULT_MAX_PROBLEMS);
    }

    /** A reader refusing files over {@code maxBytes} or {@code maxPeople}, listing at most {@code maxProblems}. */
    public SampleFrameReader(long maxBytes, int maxPeople, int maxProblems) {
        this.maxBytes = maxBytes;
        this.maxPeople = maxPeople;
        this.maxProblems = maxProblems;
    }

    /**
     * The frame in these bytes. The stream is read to the end (or to where reading must stop) and closed.
     *
     * @throws FrameRefusedException with every problem when anything in the file is wrong; nothing is returned then
     * @throws IOException           when the stream itself fails (not the file's content)
     */
    public SampleFrame read(InputStream bytes) throws FrameRefusedException, IOException {
        FrameProblems problems = new FrameProblems(maxProblems);
        try (FrameText text = new FrameText(bytes, maxBytes)) {
            SampleFrame frame = readRecords(text, problems);
            if (frame != null) {
                return frame;
            }
        } catch (FrameText.Unreadable e) {
            problems.stop(e.problem);
        }
        throw problems.refusal();
    }

    private SampleFrame readRecords(FrameText text, FrameProblems problems) throws IOException {
        BufferedReader buffered = new BufferedReader(text, MAX_HEADER_CHARS);
        char delimiter = delimiter(buffered);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
                // Empty lines come as blank records: skipped here, so a record's position is its own line's.
                .setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.builder().setReader(buffered).setFormat(format).get()) {
            Rows rows = new Rows(parser, text, delimiter);
            CSVRecord first = rows.nextNonBlank(problems);
            if (first == null) {
                if (!problems.any()) {
                    problems.add(1, null, "the file is empty: the first line must name the columns, one of them 'ref'");
                }
                return null;
            }
            FrameHeader header = FrameHeader.of(first, text.lineAt(first.getCharacterPosition()), problems);
            if (problems.any()) {
                return null;
            }
            People people = readPeople(rows, header, problems);
            return problems.any() ? null
                    : new SampleFrame(header.contactColumns(), header.attributeColumns(), people.list, people.lineOfRef);
        }
    }

    private People readPeople(Rows rows, FrameHeader header, FrameProblems problems) throws IOException {
        People people = new People(header, problems);
        for (CSVRecord record = rows.nextNonBlank(problems); record != null; record = rows.nextNonBlank(problems)) {
            int line = rows.lineOf(record);
            if (people.lineOfRef.size() >= maxPeople) {
                problems.stop(new FrameProblem(line, null,
                        "the file has more than " + maxPeople + " people; split it into smaller files"));
                break;
            }
            if (record.size() == header.size) {
                people.add(record, line);
            } else {
                problems.add(line, null, "this row has " + record.size() + " fields where the header has "
                        + header.size + (record.size() > header.size
                                ? " (a value containing the delimiter '" + rows.delimiter + "' needs \"quotes\")"
                                : " (every row needs a field for each column, an empty one where there is no value)"));
            }
        }
        return people;
    }

    /** The people of one file read so far, and what checking the next row needs. */
    private static final class People {
        private final FrameHeader header;
        private final FrameProblems problems;
        private final String[] contactColumns;
        private final String[] attributeColumns;
        final List<FramePerson> list = new ArrayList<>();
        final Map<String, Integer> lineOfRef = new HashMap<>();
        // Attribute values, cities and languages repeat ("Syrië", "B1"): one String per distinct value.
        private final Map<String, String> shared = new HashMap<>();

        People(FrameHeader header, FrameProblems problems) {
            this.header = header;
            this.problems = problems;
            this.contactColumns = header.contactColumns().toArray(String[]::new);
            this.attributeColumns = header.attributeColumns().toArray(String[]::new);
        }

        /** Checks a row with the header's number of fields; keeps its person while the file has no problems. */
        void add(CSVRecord record, int line) {
            String ref = ref(record, line);
            String[] contact = contact(record, line);
            String[] attributes = new String[attributeColumns.length];
            for (int a = 0; a < attributes.length; a++) {
                String value = FrameValues.trim(record.get(header.attributeIndexes.get(a)));
                if (value.length() > MAX_ATTRIBUTE_VALUE) {
                    problems.add(line, attributeColumns[a], attributeColumns[a] + " is " + value.length()
                            + " characters long; an attribute's value may be at most " + MAX_ATTRIBUTE_VALUE);
                }
                attributes[a] = value.isEmpty() ? null : shared.computeIfAbsent(value, v -> v);
            }
            for (int index : header.namelessIndexes) {
                String value = FrameValues.trim(record.get(index));
                if (!value.isEmpty()) {
                    problems.add(line, null, "column " + (index + 1) + " has no name in the header, but this row has '"
                            + value + "' in it; give the column a name");
                }
            }
            if (!problems.any()) {
                list.add(new FramePerson(ref, new ColumnValues(contactColumns, contact),
                        new ColumnValues(attributeColumns, attributes)));
            }
        }

        private String ref(CSVRecord record, int line) {
            String ref = FrameValues.trim(record.get(header.refIndex));
            Integer earlier = ref.isEmpty() ? null : lineOfRef.putIfAbsent(ref, line);
            if (ref.isEmpty()) {
                problems.add(line, "ref", "ref is empty: every person needs the supplier's key");
            } else if (earlier != null) {
                problems.add(line, "ref", "ref '" + ref + "' is already used on line " + earlier);
            } else if (ref.length() > MAX_REF) {
                problems.add(line, "ref", "ref is " + ref.length() + " characters long; a ref may be at most " + MAX_REF);
            }
            return ref;
        }

        private String[] contact(CSVRecord record, int line) {
            String[] contact = new String[contactColumns.length];
            int c = 0;
            for (Map.Entry<Integer, ContactColumn> entry : header.contact.entrySet()) {
                ContactColumn column = entry.getValue();
                String value = FrameValues.trim(record.get(entry.getKey()));
                String problem = value.isEmpty() ? null : column.problemWith(value);
                if (problem != null) {
                    problems.add(line, column.columnName(), problem);
                } else if (!value.isEmpty()) {
                    String normal = column.normalise(value);
                    contact[c] = column.hasFewValues() ? shared.computeIfAbsent(normal, v -> v) : normal;
                }
                c++;
            }
            return contact;
        }
    }

    /**
     * The delimiter of the header line (the first that is not empty): the most frequent of semicolon, comma and
     * tab outside quotes; a comma when there is none (a file with only the column 'ref'). The reader is left
     * where it was.
     */
    private static char delimiter(BufferedReader reader) throws IOException {
        reader.mark(MAX_HEADER_CHARS);
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean started = false;
        for (int i = 0, c = reader.read(); c >= 0 && i < MAX_HEADER_CHARS - 1; i++, c = reader.read()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (started) {
                    break;
                }
            } else if (!quoted) {
                started = true;
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        reader.reset();
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    /** The records of the parser with their physical lines; a broken quote becomes a problem. */
    private static final class Rows {
        private final CSVParser parser;
        private final FrameText text;
        private final Iterator<CSVRecord> records;
        final String delimiter;
        private int nextLine = 1;

        Rows(CSVParser parser, FrameText text, char delimiter) {
            this.parser = parser;
            this.text = text;
            this.records = parser.iterator();
            this.delimiter = delimiter == '\t' ? "tab" : String.valueOf(delimiter);
        }

        /**
         * The next record that is not blank (empty, or only delimiters and spaces), or null at the end or when
         * the quotes are broken (then with a problem that stops reading).
         */
        CSVRecord nextNonBlank(FrameProblems problems) throws IOException {
            try {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    // The parser has consumed the record's line end: a broken record starts on the line after.
                    nextLine = (int) parser.getCurrentLineNumber() + 1;
                    if (!record.stream().allMatch(value -> FrameValues.trim(value).isEmpty())) {
                        return record;
                    }
                }
                return null;
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CSVException) {
                    problems.stop(new FrameProblem(nextLine, null, "a value here opens a quote (\") that is not"
                            + " closed before the next delimiter or the end of the file; a quote inside a value"
                            + " must be doubled (\"\")"));
                    return null;
                }
                throw e.getCause();
            }
        }

        int lineOf(CSVRecord record) {
            return text.lineAt(record.getCharacterPosition());
        }
    }
}
