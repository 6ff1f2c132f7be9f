package nl.stemmen.monitor.analysis.rest;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import nl.stemmen.monitor.analysis.LanguageShares;
import nl.stemmen.monitor.analysis.QuestionShares;

/**
 * The question report as CSV (UTF-8), one line per variable and language, then the variable's
 * {@code all} line: {@code variable,question,page,language,shown,dont_understand,unanswered,missing,
 * dont_understand_share,unanswered_share,missing_share,attention,suppressed}. A suppressed line has
 * empty counts and shares; {@code attention} lists the shares that ask for it, space separated.
 */
final class QuestionSharesCsv {

    private QuestionSharesCsv() {
    }

    /** A 200 answer with the report as an attachment named after the study. */
    static Response download(QuestionShares.Report report) {
        StreamingOutput csv = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader("variable", "question",
                    "page", "language", "shown", "dont_understand", "unanswered", "missing", "dont_understand_share",
                    "unanswered_share", "missing_share", "attention", "suppressed").setRecordSeparator("\n").get())) {
                for (QuestionShares.VariableShares variable : report.questions()) {
                    List<LanguageShares> lines = new ArrayList<>(variable.languages());
                    lines.add(variable.total());
                    for (LanguageShares line : lines) {
                        printer.printRecord(variable.variable(), variable.question(), variable.page(), line.language(),
                                line.shown(), line.dontUnderstand(), line.unanswered(), line.missing(),
                                line.dontUnderstandShare(), line.unansweredShare(), line.missingShare(),
                                line.attention() == null ? null : String.join(" ", line.attention()), line.suppressed());
                    }
                }
            }
        };
        return Response.ok(csv, "text/csv")
                .header("Content-Disposition", "attachment; filename=\"questions-" + report.study() + ".csv\"")
                .header("Cache-Control", "no-store").build();
    }
}
