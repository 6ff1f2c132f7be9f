package nl.stemmen.invite.rest;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;


import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import nl.stemmen.api.SpreadsheetCells;
import nl.stemmen.invite.Batches;
import nl.stemmen.invite.QrPng;

/**
 * A batch's codes as the files a mailing organisation merges into its letters: a CSV {@code link,code}
 * (UTF-8) and a ZIP of one QR image per code, {@code <code>.png} encoding the whole link. Both are
 * written as they are sent, one line or one image at a time, so 65,000 codes need no more memory than their list.
 */
public final class BatchFiles {

    private BatchFiles() {
    }

    /**
     * {@code link,code}, one line per code, as an attachment named {@code <name>.csv}; {@code link,code,ref} when the
     * batch is bound to its organisation's attribute file, so the reminder list names the organisation's refs.
     */
    public static Response.ResponseBuilder csv(Response.ResponseBuilder answer, List<Batches.Code> codes, String name) {
        boolean bound = codes.stream().anyMatch(code -> code.ref() != null);
        StreamingOutput csv = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                    .setHeader(bound ? new String[] { "link", "code", "ref" } : new String[] { "link", "code" })
                    .setRecordSeparator("\n").get())) {
                for (Batches.Code code : codes) {
                    printer.printRecord(bound ? List.of(code.link(), code.code(), SpreadsheetCells.inert(code.ref() == null ? "" : code.ref()))
                            : List.of(code.link(), code.code()));
                }
            }
        };
        return answer.entity(csv).type("text/csv").header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                .header("Cache-Control", "no-store");
    }

    /** A ZIP of {@code <code>.png} QR images of each link, as an attachment named {@code <name>.zip}. */
    static Response qrZip(List<Batches.Code> codes, String name) {
        StreamingOutput zip = out -> {
            try (ZipOutputStream entries = new ZipOutputStream(out)) {
                for (Batches.Code code : codes) {
                    entries.putNextEntry(new ZipEntry(code.code() + ".png"));
                    entries.write(QrPng.of(code.link()));
                    entries.closeEntry();
                }
            }
        };
        return Response.ok(zip, "application/zip").header("Content-Disposition", "attachment; filename=\"" + name + ".zip\"")
                .header("Cache-Control", "no-store").build();
    }
}
