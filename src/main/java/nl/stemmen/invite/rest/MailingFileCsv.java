package nl.stemmen.invite.rest;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jboss.logging.Logger;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import nl.stemmen.access.Staff;
import nl.stemmen.api.SpreadsheetCells;
import nl.stemmen.invite.Invitations;

/**
 * The mailing file as a download, {@code ref,link,code,language,status} (UTF-8), the same from the API
 * and from the staff pages; who took it is logged, since personal links are personal data.
 */
public final class MailingFileCsv {

    private static final Logger LOG = Logger.getLogger(MailingFileCsv.class);

    private MailingFileCsv() {
    }

    /** A 200 answer with the lines as an attachment named after the study. */
    public static Response download(Staff staff, String study, List<Invitations.MailingLine> lines) {
        return download(staff, study, lines, "invitations-" + study);
    }

    /**
     * A 200 answer with the lines as an attachment {@code <name>.csv}: the whole study's, or a
     * mailing's recipients ({@code mailing-<study>-<m>}).
     */
    public static Response download(Staff staff, String study, List<Invitations.MailingLine> lines, String name) {
        LOG.infof("Mailing file %s of study %s (%d invitations) taken by %s", name, study, lines.size(), staff.username());
        StreamingOutput csv = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                    .setHeader("ref", "link", "code", "language", "status").setRecordSeparator("\n").get())) {
                for (Invitations.MailingLine line : lines) {
                    printer.printRecord(SpreadsheetCells.inert(line.ref()), line.link(), line.code(), line.language(), line.status());
                }
            }
        };
        return Response.ok(csv, "text/csv").header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                .header("Cache-Control", "no-store").build();
    }
}
