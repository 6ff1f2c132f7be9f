package nl.stemmen.export.rest;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import jakarta.ws.rs.core.StreamingOutput;
import nl.stemmen.export.ExportColumn;
import nl.stemmen.export.ExportedResponse;
import nl.stemmen.export.StudyExports;
import nl.stemmen.export.Variable;
import nl.stemmen.export.sav.MissingValues;
import nl.stemmen.export.sav.SavVariable;
import nl.stemmen.export.sav.SavWriter;

/**
 * export.sav: the export's columns as SPSS variables (names, labels, value labels, the missing codes
 * declared user-missing as one range), one case per response, streamed through {@link SavWriter}.
 * String columns are as wide as their widest value; a missing code in a text column is its number as text.
 */
final class ExportSav {

    private ExportSav() {
    }

    static StreamingOutput of(StudyExports exports, StudyExports.Export export) {
        List<ExportColumn> columns = export.columns().all();
        return out -> exports.writeMeasured(export, "export.sav", variables -> {
            SavWriter writer = new SavWriter(out, export.study().definition().name(),
                    variables.stream().map(ExportSav::savVariable).toList());
            Object[] values = new Object[columns.size()];
            return new StudyExports.ResponseSink() {
                @Override
                public void accept(ExportedResponse response) throws IOException {
                    for (int i = 0; i < values.length; i++) {
                        values[i] = value(variables.get(i), columns.get(i).cell(response));
                    }
                    writer.writeCase(values);
                }

                @Override
                public void finish() throws IOException {
                    writer.close();
                }
            };
        });
    }

    private static SavVariable savVariable(Variable v) {
        MissingValues missing = v.missing() == null ? MissingValues.none() : MissingValues.range(v.missing().low(), v.missing().high());
        return new SavVariable(v.name(), v.label(), v.width(), v.valueLabels(), missing);
    }

    /** A number for a numeric variable (null: system-missing); text for a string one, a missing code as its digits. */
    private static Object value(Variable variable, Object cell) {
        if (cell instanceof BigDecimal number && !variable.numeric()) {
            return number.toPlainString();
        }
        return cell;
    }
}
