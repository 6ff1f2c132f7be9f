package nl.stemmen.invite.rest;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import nl.stemmen.invite.Batches;

/**
 * A batch's codes as the files a mailing organisation merges into its letters: a CSV {@code link,code}
 * (UTF-8) and a ZIP of one QR image per code, {@code <code>.png} encoding the whole link. Both are
 * written as they are sent, one line or one image at a time, so 65,000 codes need no more memory than their list.
 */
final class BatchFiles {

    /** Pixels a side: about 7 per module for a link of ~60 characters, 34 mm at 300 dpi. */
    private static final int QR_PIXELS = 400;
    /** Medium error correction survives a smudged print; the 4-module quiet zone is what readers expect. */
    private static final Map<EncodeHintType, Object> QR_HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4);

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
                    MatrixToImageWriter.writeToStream(qr(code.link()), "PNG", entries);
                    entries.closeEntry();
                }
            }
        };
        return Response.ok(zip, "application/zip").header("Content-Disposition", "attachment; filename=\"" + name + ".zip\"")
                .header("Cache-Control", "no-store").build();
    }

    private static BitMatrix qr(String link) throws IOException {
        try {
            return new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, QR_PIXELS, QR_PIXELS, QR_HINTS);
        } catch (WriterException e) {
            throw new IOException("no QR code for a link of " + link.length() + " characters", e);
        }
    }
}
