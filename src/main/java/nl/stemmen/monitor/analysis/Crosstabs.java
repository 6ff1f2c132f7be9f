package nl.stemmen.monitor.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.stemmen.access.Staff;
import nl.stemmen.catalog.QuestionnaireCatalog;
import nl.stemmen.questionnaire.model.Choice;
import nl.stemmen.questionnaire.model.Question;
import nl.stemmen.questionnaire.model.QuestionType;
import nl.stemmen.questionnaire.model.Questionnaire;
import nl.stemmen.study.AnswerCategory;
import nl.stemmen.study.Studies;
import nl.stemmen.study.StudyDefinition;
import nl.stemmen.study.SubgroupCells;

/**
 * Cross-tabs of answers by subgroup (issue 14): the respondents ({@link CountedResponses}) who
 * chose each option of a single-choice variable, per category of a dimension, suppressed with
 * {@link CellSuppression} at the study's {@code minimum_cell}. A respondent's category (design §4):
 * the frame attribute of the person their invitation went to; else the {@link AnswerCategory} of
 * their answer to the dimension's question, as in the monitor's cells.
 */
@ApplicationScoped
public class Crosstabs {

    /** @param field the query parameter at fault: {@code question} or {@code by} */
    public record Problem(String field, String reason) {
    }

    /** Either the table or every problem with the request. */
    public record Outcome(Optional<Crosstab> table, List<Problem> problems) {
    }

    private final Studies studies;
    private final QuestionnaireCatalog catalog;
    private final EntityManager entities;

    public Crosstabs(Studies studies, QuestionnaireCatalog catalog, EntityManager entities) {
        this.studies = studies;
        this.catalog = catalog;
        this.entities = entities;
    }

    /**
     * The cross-tab of {@code variable} (a select_one, or a row of a matrix) by the dimension {@code by}.
     *
     * @return empty when {@code staff} may not see the study
     */
    @Transactional
    public Optional<Outcome> crosstab(Staff staff, String studyId, String variable, String by) {
        return studies.find(staff, studyId).map(study -> {
            StudyDefinition d = study.definition();
            Questionnaire questionnaire = catalog.version(d.questionnaire(), d.version()).questionnaire();
            List<Problem> problems = new ArrayList<>();
            Optional<Question> question = singleChoice(questionnaire, variable, problems);
            Optional<StudyDefinition.Dimension> dimension = dimension(d, by, problems);
            if (!problems.isEmpty()) {
                return new Outcome(Optional.empty(), problems);
            }
            List<Choice> choices = question.get().choices().choices();
            List<Object[]> rows = counts(studyId, variable, dimension.get());
            List<String> categories = categories(studyId, dimension.get(), questionnaire, rows);
            long[][] counts = new long[choices.size()][categories.size()];
            for (Object[] row : rows) {
                int choice = choices.stream().map(Choice::name).toList().indexOf((String) row[0]);
                // a choice the study's version no longer has (answered on an earlier version) is left out
                if (choice >= 0) {
                    counts[choice][categories.indexOf(category(row, dimension.get()))] += ((Number) row[4]).longValue();
                }
            }
            SuppressedTable table = CellSuppression.suppress(counts, categories.size(), d.minimumCell());
            return new Outcome(Optional.of(Crosstab.of(studyId, variable, by, d.minimumCell(), categories, choices, table)),
                    List.of());
        });
    }

    private static Optional<Question> singleChoice(Questionnaire questionnaire, String variable, List<Problem> problems) {
        if (variable == null || variable.isBlank()) {
            problems.add(new Problem("question", "is missing: the name of a single-choice variable, e.g. ?question=rondkomen"));
            return Optional.empty();
        }
        Optional<Question> question = questionnaire.questions().filter(q -> q.variables().contains(variable)).findFirst();
        if (question.isEmpty()) {
            problems.add(new Problem("question", "the questionnaire has no variable '" + variable + "'"));
        } else if (question.get().type() != QuestionType.SELECT_ONE && question.get().type() != QuestionType.MATRIX) {
            problems.add(new Problem("question", "'" + variable + "' is a " + question.get().type().keyword()
                    + "; a cross-tab needs a single-choice variable (a select_one, or a row of a matrix)"));
            return Optional.empty();
        }
        return question;
    }

    private static Optional<StudyDefinition.Dimension> dimension(StudyDefinition d, String by, List<Problem> problems) {
        Optional<StudyDefinition.Dimension> dimension = d.dimensions().stream().filter(x -> x.name().equals(by)).findFirst();
        if (dimension.isEmpty()) {
            List<String> names = d.dimensions().stream().map(StudyDefinition.Dimension::name).toList();
            problems.add(new Problem("by", (by == null || by.isBlank() ? "is missing" : "'" + by + "' is not a dimension of this study")
                    + (names.isEmpty() ? "; the study has no dimensions" : "; its dimensions: " + String.join(", ", names))));
        }
        return dimension;
    }

    /**
     * Respondents per answer, frame attribute and answer to the dimension's question:
     * {@code [choice, frame value or null, answer or null, answer is a missing option or null, count]}.
     */
    private List<Object[]> counts(String studyId, String variable, StudyDefinition.Dimension dimension) {
        List<?> rows = entities.createNativeQuery("select a.text_value, fa.attribute_value, q.text_value, q.missing, count(*) "
                + "from response r join answer a on a.response_id = r.id and a.variable = ?2 and a.status = 'answered' "
                + "left join invitation i on i.response_id = r.id "
                + "left join frame_attribute fa on fa.person_id = i.person_id and fa.attribute = ?3 "
                + "left join answer q on q.response_id = r.id and q.variable = ?4 and " + AnswerCategory.countedAnswer("q") + " "
                + "where " + CountedResponses.WHERE
                + " group by a.text_value, fa.attribute_value, q.text_value, q.missing")
                .setParameter(1, studyId).setParameter(2, variable).setParameter(3, dimension.name())
                // no variable is named "": a dimension without a question joins no answer
                .setParameter(4, dimension.question() == null ? "" : dimension.question())
                .getResultList();
        return rows.stream().map(row -> (Object[]) row).toList();
    }

    /**
     * The columns (design §4): the declared categories and the values in the frame, else the
     * non-missing choices of the dimension's question; then any other category an answer gives;
     * {@code unknown} last.
     */
    private List<String> categories(String studyId, StudyDefinition.Dimension dimension, Questionnaire questionnaire,
            List<Object[]> rows) {
        Set<String> categories = new LinkedHashSet<>(dimension.categories() == null ? List.of() : dimension.categories());
        entities.createNativeQuery("select distinct fa.attribute_value from frame_attribute fa "
                + "join frame_person p on p.id = fa.person_id where p.study_id = ?1 and fa.attribute = ?2 order by 1")
                .setParameter(1, studyId).setParameter(2, dimension.name()).getResultList()
                .forEach(value -> categories.add((String) value));
        if (categories.isEmpty() && dimension.question() != null) {
            questionnaire.questions().filter(q -> q.name().equals(dimension.question())).findFirst()
                    .ifPresent(q -> q.choices().choices().stream().filter(c -> !c.missing()).forEach(c -> categories.add(c.name())));
        }
        // a frame value imported since the query above; a choice beside the frame's values when none are declared
        rows.forEach(row -> categories.add(category(row, dimension)));
        categories.remove(SubgroupCells.UNKNOWN);
        categories.add(SubgroupCells.UNKNOWN);
        return List.copyOf(categories);
    }

    /** A row's category: the frame's value, else the one its answer to the dimension's question gives. */
    private static String category(Object[] row, StudyDefinition.Dimension dimension) {
        if (row[1] != null) {
            return (String) row[1];
        }
        return AnswerCategory.of(dimension, (String) row[2], Boolean.TRUE.equals(row[3]));
    }
}
