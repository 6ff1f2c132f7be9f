package nl.stemmen.monitor.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.stemmen.access.Staff;
import nl.stemmen.catalog.QuestionnaireCatalog;
import nl.stemmen.language.Language;
import nl.stemmen.questionnaire.model.MatrixRow;
import nl.stemmen.questionnaire.model.Question;
import nl.stemmen.questionnaire.model.QuestionType;
import nl.stemmen.questionnaire.model.Questionnaire;
import nl.stemmen.study.Studies;

/**
 * Per question and language, the shares of "I don't understand", of skipped and of missing-coded
 * answers among the respondents shown the question, so that a bad question or translation shows
 * itself during fieldwork (issue 14). Counted: {@link CountedResponses}; the language is the one a
 * response is in (the last one chosen).
 * A line of fewer respondents shown than the study's {@code minimum_cell} is suppressed, with
 * {@link CellSuppression} over the languages and their total, so it cannot be worked out from them.
 */
@ApplicationScoped
public class QuestionShares {

    /** From this share of "don't understand" or of skipped answers on, a line asks for attention. */
    public static final double ATTENTION_SHARE = 0.20;
    /** The language of the line with every language together. */
    public static final String ALL = "all";

    /**
     * One variable of the questionnaire (a matrix has one per row) with a line per language and a total.
     *
     * @param question the question's name (for a matrix row, the matrix); null for a variable of another version
     * @param label its text in the questionnaire's source language, a matrix row's after the question's
     */
    public record VariableShares(String variable, String question, String page, String type, String label,
            List<LanguageShares> languages, LanguageShares total) {

        /** Whether any shown line, the total's included, has a share at or above {@link #ATTENTION_SHARE}. */
        boolean needsAttention() {
            return total.attention() != null && !total.attention().isEmpty()
                    || languages.stream().anyMatch(l -> l.attention() != null && !l.attention().isEmpty());
        }
    }

    /** The whole report, the questionnaire's order; {@code attention_share} as {@link #ATTENTION_SHARE}. */
    public record Report(String study, @JsonProperty("minimum_cell") int minimumCell,
            @JsonProperty("attention_share") double attentionShare, List<VariableShares> questions) {

        /** The variables a lead should look at first, for the top of the page. */
        public List<VariableShares> needingAttention() {
            return questions.stream().filter(VariableShares::needsAttention).toList();
        }
    }

    private final Studies studies;
    private final QuestionnaireCatalog catalog;
    private final EntityManager entities;

    public QuestionShares(Studies studies, QuestionnaireCatalog catalog, EntityManager entities) {
        this.studies = studies;
        this.catalog = catalog;
        this.entities = entities;
    }

    /** The report of a study; empty when {@code staff} may not see it. */
    @Transactional
    public Optional<Report> report(Staff staff, String studyId) {
        return studies.find(staff, studyId).map(study -> {
            int minimum = study.definition().minimumCell();
            Map<String, Map<String, ShownCounts>> counted = counts(studyId);
            List<VariableShares> questions = new ArrayList<>();
            Set<String> listed = new HashSet<>();
            Questionnaire questionnaire = catalog.version(study.definition().questionnaire(), study.definition().version())
                    .questionnaire();
            questionnaire.questions().forEach(question -> question.variables().forEach(variable -> {
                listed.add(variable);
                // a calculate is never shown, so nobody left it empty or did not understand it
                if (question.type() != QuestionType.CALCULATE) {
                    questions.add(variable(variable, question, label(question, variable),
                            counted.getOrDefault(variable, Map.of()), minimum));
                }
            }));
            // answers to a variable the study's version lacks (it moved on to a new version during fieldwork)
            counted.keySet().stream().filter(v -> !listed.contains(v)).sorted()
                    .forEach(v -> questions.add(variable(v, null, null, counted.get(v), minimum)));
            return new Report(studyId, minimum, ATTENTION_SHARE, questions);
        });
    }

    /**
     * One grouped query over the answer rows. Its first part takes the row that opens each answer
     * (item 0, or 1 for a select_multiple: one per respondent shown), per variable, language,
     * status and missing flag. A select_multiple may hold a missing-coded choice after its first
     * one; the second part adds each such respondent once, at their first missing-coded choice.
     * (Counting distinct respondents instead sorts all rows: three to four times slower on 9,000,000.)
     *
     * @return counts by variable, then language
     */
    private Map<String, Map<String, ShownCounts>> counts(String studyId) {
        List<?> rows = entities.createNativeQuery("select a.variable, r.language, a.status, a.missing, count(*), "
                + "sum(case when a.missing then 1 else 0 end) from answer a join response r on r.id = a.response_id "
                + "where " + CountedResponses.WHERE + " and a.item <= 1 "
                + "group by a.variable, r.language, a.status, a.missing "
                + "union all "
                + "select a.variable, r.language, a.status, a.missing, 0, count(*) from answer a join response r on r.id = a.response_id "
                + "where " + CountedResponses.WHERE + " and a.item > 1 and a.missing and not exists (select 1 from answer b "
                + "where b.response_id = a.response_id and b.variable = a.variable and b.missing and b.item < a.item) "
                + "group by a.variable, r.language, a.status, a.missing")
                .setParameter(1, studyId).getResultList();
        Map<String, Map<String, ShownCounts>> counts = new TreeMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long opened = ((Number) r[4]).longValue();
            ShownCounts found = new ShownCounts(opened,
                    "dont_understand".equals(r[2]) ? opened : 0,
                    "unanswered".equals(r[2]) ? opened : 0,
                    ((Number) r[5]).longValue());
            counts.computeIfAbsent((String) r[0], v -> new LinkedHashMap<>()).merge((String) r[1], found, ShownCounts::plus);
        }
        return counts;
    }

    private static String label(Question question, String variable) {
        return question.rows() == null ? question.label() : question.rows().stream()
                .filter(row -> question.rowVariable(row).equals(variable)).map(MatrixRow::label)
                .findFirst().map(row -> question.label() + " " + row).orElse(question.label());
    }

    /** The lines of one variable: its languages in Stemmen's order (others after), suppressed as one table. */
    private static VariableShares variable(String variable, Question question, String label, Map<String, ShownCounts> byLanguage,
            int minimum) {
        List<String> languages = byLanguage.keySet().stream().sorted(Comparator.comparing(QuestionShares::order)
                .thenComparing(Comparator.naturalOrder())).toList();
        long[][] shown = languages.stream().map(l -> new long[] { byLanguage.get(l).shown() }).toArray(long[][]::new);
        SuppressedTable table = CellSuppression.suppress(shown, 1, minimum);
        List<LanguageShares> lines = new ArrayList<>();
        ShownCounts all = ShownCounts.NONE;
        for (int i = 0; i < languages.size(); i++) {
            ShownCounts counts = byLanguage.get(languages.get(i));
            all = all.plus(counts);
            lines.add(LanguageShares.of(languages.get(i), counts, table.cell(i, 0).suppressed()));
        }
        return new VariableShares(variable, question == null ? null : question.name(), question == null ? null : question.page(),
                question == null ? null : question.type().keyword(), label, lines,
                LanguageShares.of(ALL, all, table.columnTotals().get(0).suppressed()));
    }

    private static int order(String code) {
        return Language.byCode(code).map(Enum::ordinal).orElse(Integer.MAX_VALUE);
    }
}
