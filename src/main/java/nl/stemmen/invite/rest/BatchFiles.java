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
import nl.stemmen.invite.Batches;
import nl.stemmen.invite.QrPng;

/**
 * A batch's codes as the files a mailing organisation merges into its letters: a CSV {@code link,code}
 * (UTF-8) and a ZIP of one QR image per code, {@code <code>.png} encoding the whole link. Both are
 * written as they are sent, one line or one image at a time, so 65,000 codes need no more memory than their list.
 */
final class BatchFiles {

    private BatchFiles() {
    }

    /** {@code link,code}, one line per code, as an attachment named {@code <name>.csv}. */
    static Response.ResponseBuilder csv(Response.ResponseBuilder answer, List<Batches.Code> codes, String name) {
        StreamingOutput csv = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                    .setHeader("link", "code").setRecordSeparator("\n").get())) {
                for (Batches.Code code : codes) {
                    printer.printRecord(code.link(), code.code());
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
