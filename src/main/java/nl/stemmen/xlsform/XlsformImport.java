package nl.stemmen.xlsform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import nl.stemmen.questionnaire.load.LoadProblem;
import nl.stemmen.questionnaire.load.QuestionnaireFileException;
import nl.stemmen.questionnaire.load.QuestionnaireLoader;

/**
 * Imports an XLSForm workbook (ODK, KoboToolbox, SurveyCTO; .xlsx, also the older .xls) as a Stemmen questionnaire
 * file and one PO file per other language, as docs/xlsform.md describes. The produced file is checked by Stemmen's
 * own {@link QuestionnaireLoader}; whatever it refuses is reported at the workbook cell it came from. A plain class
 * without state: create one anywhere (the API, the command line, publishing) and call {@link #convert}.
 */
public final class XlsformImport {

    /** 5 MB: a large ODK form in six languages is well under 1 MB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** 50 MB unpacked per part of the file: a sheet's XML is read whole, so a small file must not unpack to gigabytes. */
    private static final long MAX_UNPACKED = 50L * 1024 * 1024;

    static {
        // POI's own guard (at most 100 times smaller packed) still lets 5 MB unpack to 500 MB
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_UNPACKED));
    }
    private static final Pattern YAML_LINE = Pattern.compile("\\(line (\\d+)\\)");

    private final QuestionnaireLoader loader = new QuestionnaireLoader();

    /** {@link #convert(byte[], String)} for a workbook whose settings sheet gives the form_id. */
    public XlsformResult convert(byte[] workbook) {
        return convert(workbook, null);
    }

    /**
     * Converts a workbook.
     *
     * @param workbook the file's bytes, at most {@link #MAX_BYTES}
     * @param fileName the workbook's file name (e.g. {@code gezondheid.xlsx}), whose name becomes the id when
     *        settings has no form_id, as pyxform does; null when unknown
     * @return the questionnaire text and PO texts with warnings, or (yaml null) every problem with its sheet, row
     *         and column; never throws for a bad workbook
     */
    public XlsformResult convert(byte[] workbook, String fileName) {
        FormReading.Draft draft = draft(workbook, fileName);
        if (!draft.problems().isEmpty()) {
            return new XlsformResult(draft.id(), null, Map.of(), draft.warnings(), draft.problems());
        }
        try {
            loader.load(draft.id() + ".yaml", draft.yaml());
        } catch (QuestionnaireFileException e) {
            List<SheetProblem> problems = e.problems().stream().map(p -> atCell(p, draft.lines())).toList();
            return new XlsformResult(draft.id(), null, Map.of(), draft.warnings(), problems);
        }
        return new XlsformResult(draft.id(), draft.yaml(), Collections.unmodifiableMap(draft.translations()),
                draft.warnings(), List.of());
    }

    /** The workbook converted but not yet checked by the loader (tests read the YAML of forms the loader refuses). */
    FormReading.Draft draft(byte[] workbook, String fileName) {
        if (workbook.length > MAX_BYTES) {
            return refused("the file is " + (workbook.length + 1023) / 1024 + " KB; a workbook may be at most "
                    + MAX_BYTES / 1024 + " KB (remove pictures and sheets other than survey, choices and settings)");
        }
        Workbook book;
        try {
            book = WorkbookFactory.create(new ByteArrayInputStream(workbook));
        } catch (IOException | RuntimeException e) {
            // POI's words for "not an OOXML/OLE2 file", a broken zip, or a zip bomb
            return refused("not a readable .xlsx workbook (" + e.getClass().getSimpleName() + "): save the form as"
                    + " Excel Workbook (.xlsx) and try again");
        }
        try (book) {
            Sheet survey = sheet(book, "survey");
            if (survey == null) {
                return refused("the workbook has no sheet named 'survey' (sheets: " + sheetNames(book) + ")");
            }
            Sheet choices = sheet(book, "choices");
            Sheet settings = sheet(book, "settings");
            List<SheetTable> tables = new ArrayList<>();
            tables.add(SheetTable.read(survey));
            tables.add(choices == null ? null : SheetTable.read(choices));
            tables.add(settings == null ? null : SheetTable.read(settings));
            FormReading.Draft draft = new FormReading(tables.get(0), tables.get(1), tables.get(2), fileName).read();
            List<SheetProblem> problems = new ArrayList<>();
            Sheet external = sheet(book, "external_choices");
            if (external != null) {
                problems.add(new SheetProblem(external.getSheetName(), 0, null,
                        "choices from a file are not read: put them on the choices sheet"));
            }
            // an unreadable cell reads as empty, so what FormReading says of it may be an echo: the cell comes first
            tables.stream().filter(t -> t != null).forEach(t -> problems.addAll(t.problems));
            if (problems.isEmpty()) {
                return draft;
            }
            problems.addAll(draft.problems());
            return new FormReading.Draft(draft.id(), draft.yaml(), draft.translations(), draft.warnings(),
                    List.copyOf(problems), draft.lines());
        } catch (IOException e) {
            throw new UncheckedIOException("closing a workbook read from memory", e);
        }
    }

    private static Sheet sheet(Workbook book, String name) {
        for (Sheet sheet : book) {
            if (sheet.getSheetName().strip().toLowerCase(Locale.ROOT).equals(name)) {
                return sheet;
            }
        }
        return null;
    }

    private static String sheetNames(Workbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(s -> names.add(s.getSheetName()));
        return String.join(", ", names);
    }

    private static FormReading.Draft refused(String reason) {
        return new FormReading.Draft(null, null, Map.of(), List.of(), List.of(new SheetProblem(null, 0, null, reason)),
                new java.util.TreeMap<>());
    }

    /** A loader problem at the cell its YAML line came from; "(line 40)" in its reason becomes that cell too. */
    private static SheetProblem atCell(LoadProblem problem, NavigableMap<Integer, Place> lines) {
        Matcher line = YAML_LINE.matcher(problem.reason());
        StringBuilder reason = new StringBuilder();
        while (line.find()) {
            Map.Entry<Integer, Place> at = lines.floorEntry(Integer.parseInt(line.group(1)));
            line.appendReplacement(reason, Matcher.quoteReplacement(at == null ? line.group()
                    : "(" + at.getValue().sheet() + " row " + at.getValue().row() + ")"));
        }
        line.appendTail(reason);
        Map.Entry<Integer, Place> at = problem.line() > 0 ? lines.floorEntry(problem.line()) : null;
        return at == null ? new SheetProblem(null, 0, null, reason.toString()) : at.getValue().problem(reason.toString());
    }
}
