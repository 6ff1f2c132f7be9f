package nl.stemmen.xlsform;

import java.util.List;
import java.util.Map;

/**
 * What importing an XLSForm workbook gives: a questionnaire file and its translations, or the problems that
 * stopped it. Nothing is half produced: with any problem, {@code yaml} is null and {@code translations} empty.
 *
 * @param id the questionnaire's id (from settings' form_id), the file name without {@code .yaml}; null when unknown
 * @param yaml the questionnaire file's text (docs/questionnaire-format.md), checked by Stemmen's own loader
 * @param translations language code → PO file text (docs/translations.md), one per language other than the source,
 *        in the workbook's column order; also for languages Stemmen does not offer (with a warning)
 * @param warnings what was left out or assumed; the questionnaire works without it
 * @param problems what must be fixed in the workbook before it can be used, every one found, each with its place
 */
public record XlsformResult(String id, String yaml, Map<String, String> translations, List<SheetProblem> warnings,
        List<SheetProblem> problems) {

    /** Whether the workbook converted: no problems, and the questionnaire text is there. */
    public boolean ok() {
        return problems.isEmpty() && yaml != null;
    }
}
