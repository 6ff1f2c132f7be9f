package nl.stemmen.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.stemmen.api.UnreadableJsonMapper.Problem;
import nl.stemmen.language.Language;

/**
 * What an export is asked for, from its query (docs/api.md):
 *
 * @param language         the language of labels and question texts (default nl)
 * @param labels           the CSV writes choice labels in {@code language} instead of codes ({@code ?labels=ar})
 * @param leaveOutExcluded {@code ?excluded=leave_out}: responses a lead excluded are left out (default: kept, with the column)
 * @param questionnaire    {@code ?questionnaire=<id>}: only the responses of that questionnaire of the study (its own or
 *                         one a landing route leads to), with its columns; null: every response, the study's own columns
 */
public record ExportOptions(Language language, boolean labels, boolean leaveOutExcluded, String questionnaire) {

    /** Either the options, or every problem with the query (then the answer is 400). */
    public record Parsed(Optional<ExportOptions> options, List<Problem> problems) {
    }

    /** The CSV's query: {@code labels} (a language code; absent: codes), {@code excluded} and {@code questionnaire}. */
    public static Parsed csv(String labels, String excluded, String questionnaire) {
        return parse("labels", labels, labels != null, excluded, questionnaire);
    }

    /** The codebook's and the .sav's query: {@code language} (absent: nl), {@code excluded} and {@code questionnaire}. */
    public static Parsed described(String language, String excluded, String questionnaire) {
        return parse("language", language, false, excluded, questionnaire);
    }

    /** The study's questionnaires are checked when the export is prepared ({@link StudyExports#prepare}). */
    private static Parsed parse(String languageField, String languageCode, boolean labels, String excluded,
            String questionnaire) {
        List<Problem> problems = new ArrayList<>();
        Optional<Language> language = languageCode == null ? Optional.of(Language.NL) : Language.byCode(languageCode);
        if (language.isEmpty()) {
            problems.add(new Problem(languageField, "'" + languageCode + "' is not a language of Stemmen; one of "
                    + Language.all().stream().map(Language::code).collect(Collectors.joining(", "))));
        }
        boolean leaveOut = "leave_out".equals(excluded);
        if (excluded != null && !leaveOut && !"keep".equals(excluded)) {
            problems.add(new Problem("excluded", "'" + excluded + "' is neither keep (the default) nor leave_out"));
        }
        return problems.isEmpty() ? new Parsed(Optional.of(new ExportOptions(language.get(), labels, leaveOut, questionnaire)), List.of())
                : new Parsed(Optional.empty(), problems);
    }
}
