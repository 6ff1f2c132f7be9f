/**
 * Writes SPSS system files (.sav) in plain Java, for SPSS, PSPP, R (haven) and Stata to read survey data.
 *
 * <p>Use: {@code new SavWriter(out, fileLabel, variables)} writes the dictionary, then
 * {@code writeCase(values)} once per case, then {@code close()}. Memory holds one case and a 64 KiB buffer.
 *
 * <p>The format follows the "System File Format" chapter of the GNU PSPP Developers Guide
 * (https://www.gnu.org/software/pspp/pspp-dev/, doc/dev/system-file-format.texi in PSPP's sources), read
 * as a description only: no PSPP code is used. Files are checked by reading them back with the {@code pspp}
 * command line in the tests. Choices made here:
 * <ul>
 * <li>Records written, in this order: file header ({@code $FL2}, layout code 2 = little-endian, bias 100);
 * variable records (type 2); value labels (types 3 and 4, one pair per distinct label set); machine
 * integer info (7.3: IEEE 754, little-endian, code page 65001); machine floating-point info (7.4: SYSMIS =
 * LOWEST = -Double.MAX_VALUE, HIGHEST = Double.MAX_VALUE, as SPSS 21 and later); variable display (7.11);
 * long variable names (7.13, every variable); very long strings (7.14, when present); character encoding
 * (7.20, "UTF-8"); dictionary end (999).</li>
 * <li>Text is UTF-8 throughout. Limits are in bytes and cut only between characters: file label 60 (the
 * header has 64, PSPP keeps 60), variable label 255, value label 120 (SPSS's documented limit). String
 * values are never cut: one wider than its variable is refused.</li>
 * <li>Names longer than 8 bytes get an 8-byte short name (their first bytes, upper case, plus a number when
 * taken); record 7.13 restores the real name. Names that fit keep themselves, so no short name collides.</li>
 * <li>Strings wider than 255 bytes (up to 32767) are very long strings: one segment of 255 bytes per 252
 * bytes of width, each its own variable record with a fresh short name, data packed 255 bytes a segment.</li>
 * <li>Data uses bytecode compression (header compression = 1): whole numbers -99..151 and blank 8-byte
 * string pieces take one byte, so wide, mostly empty open answers stay small.</li>
 * <li>The case count in the header is -1 (unknown, read to the end); when the output is a
 * {@code FileOutputStream}, close() seeks back and writes the real count.</li>
 * <li>Formats and measures: labelled numbers F8.0 and nominal, other numbers F8.2 and scale, strings
 * A{width} and nominal; numbers right-aligned, strings left, column width 8 or min(width, 32).</li>
 * <li>Value labels and user-missing values are for numeric variables only (records 7.21 and 7.22 for
 * string ones are not written).</li>
 * </ul>
 */
package nl.stemmen.export.sav;
