package nl.stemmen.export;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.LongFunction;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import nl.stemmen.access.Staff;
import nl.stemmen.api.UnreadableJsonMapper.Problem;
import nl.stemmen.catalog.PublishedQuestionnaire;
import nl.stemmen.catalog.QuestionnaireCatalog;
import nl.stemmen.monitor.Weights;
import nl.stemmen.monitor.weighting.Raking;
import nl.stemmen.study.Studies;
import nl.stemmen.study.StudyDefinition;

/**
 * A study's data for analysis (design §6: export.csv, export.sav, codebook): one row per response,
 * never a test response, with its frame attributes but never contact data. Who may: the study's
 * lead and admins ({@link Studies#find}). Rows are streamed from the database, never held all at
 * once, and every export is logged with who took it, since it is personal data.
 */
@ApplicationScoped
public class StudyExports {

    private static final Logger LOG = Logger.getLogger(StudyExports.class);

    private final Studies studies;
    private final QuestionnaireCatalog catalog;
    private final Weights weights;
    private final DataSource database;

    public StudyExports(Studies studies, QuestionnaireCatalog catalog, Weights weights, DataSource database) {
        this.studies = studies;
        this.weights = weights;
        this.catalog = catalog;
        this.database = database;
    }

    /** Takes each response of an export, in id order, then {@link #finish()} after the last. */
    @FunctionalInterface
    public interface ResponseSink {
        void accept(ExportedResponse response) throws IOException;

        /** After the last response: a file that must end properly (a .sav) ends here. */
        default void finish() throws IOException {
        }
    }

    /** Starts a file once its variables are known at their measured string widths ({@link StringWidths}). */
    @FunctionalInterface
    public interface SinkOpener {
        ResponseSink open(List<Variable> variables) throws IOException;
    }

    /**
     * An export ready to be written: who asked, the study, the questionnaire version whose columns it has, the columns.
     */
    public record Export(Staff staff, Studies.Saved study, PublishedQuestionnaire questionnaire, ExportColumns columns,
            ExportOptions options) {

        /**
         * Which responses: those of the study, never a test one, excluded ones only when kept, and only the asked
         * questionnaire's when one was asked.
         */
        ResponseSelection filter() {
            String where = " where r.study_id = ? and r.test = false" + (options.leaveOutExcluded() ? " and r.excluded_at is null" : "");
            return options.questionnaire() == null ? new ResponseSelection(where, List.of(study.id()))
                    : new ResponseSelection(where + " and r.questionnaire_id = ?", List.of(study.id(), options.questionnaire()));
        }
    }

    /** The query asked for a questionnaire the study does not use; the problem says which it does (answered 400). */
    public static final class QueryRefused extends Exception {
        private final transient List<Problem> problems;

        QueryRefused(List<Problem> problems) {
            super(problems.toString());
            this.problems = problems;
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /**
     * The plan of an export of the study, with the frame's attribute columns: the study's dimensions
     * first, in its order, then every other attribute alphabetically. The columns are those of the study's own
     * questionnaire version, or, with {@code ?questionnaire=} another of the study's (a landing route's), of the
     * newest version its responses in this study started on (the current one when none has yet).
     *
     * @return empty when {@code staff} may not see the study (the caller answers 404)
     * @throws QueryRefused the questionnaire asked for is neither the study's own nor a landing route's
     */
    public Optional<Export> prepare(Staff staff, String studyId, ExportOptions options) throws QueryRefused {
        Optional<Studies.Saved> found = studies.find(staff, studyId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StudyDefinition d = found.get().definition();
        PublishedQuestionnaire questionnaire = options.questionnaire() == null || options.questionnaire().equals(d.questionnaire())
                ? catalog.version(d.questionnaire(), d.version()) : routed(studyId, d, options.questionnaire());
        List<String> attributes = new ArrayList<>();
        TreeSet<String> inFrame = frameAttributes(studyId);
        d.dimensions().stream().map(StudyDefinition.Dimension::name).filter(inFrame::remove).forEach(attributes::add);
        attributes.addAll(inFrame);
        return Optional.of(new Export(staff, found.get(), questionnaire, ExportColumns.plan(questionnaire, options.language(),
                attributes), options));
    }

    /** The version of a landing route's questionnaire whose columns an export of its responses has. */
    private PublishedQuestionnaire routed(String studyId, StudyDefinition d, String id) throws QueryRefused {
        List<String> routes = d.landing() == null ? List.of()
                : d.landing().routes().stream().map(StudyDefinition.Route::questionnaire).distinct().toList();
        if (!routes.contains(id)) {
            List<String> choices = new ArrayList<>(List.of(d.questionnaire()));
            routes.stream().filter(r -> !choices.contains(r)).forEach(choices::add);
            throw new QueryRefused(List.of(new Problem("questionnaire", "'" + id + "' is not a questionnaire of this study; "
                    + "one of " + String.join(", ", choices))));
        }
        int[] newest = new int[1];
        query("select max(r.questionnaire_version) from response r where r.study_id = ? and r.questionnaire_id = ?",
                List.of(studyId, id), row -> newest[0] = row.getInt(1));
        return newest[0] > 0 ? catalog.version(id, newest[0]) : catalog.current(id).orElseThrow(() -> new QueryRefused(List.of(
                new Problem("questionnaire", "questionnaire '" + id + "' is not loaded, and no response of this study used it"))));
    }

    /**
     * The weights of the completes (raked over all the study's dimensions, default trimming), looked up
     * by response id; null for a response without one, and for all when raking is not possible yet.
     */
    private LongFunction<Double> weights(Export export) {
        Weights.Weighted weighted = weights.weigh(export.staff(), export.study().id(), List.of(), Raking.Options.DEFAULT)
                .orElseThrow();
        long[] responses = weighted.weights().length == 0 ? new long[0] : weighted.responses();
        return id -> {
            int at = Arrays.binarySearch(responses, id); // ids come sorted from the query
            return at < 0 ? null : weighted.weights()[at];
        };
    }

    private TreeSet<String> frameAttributes(String studyId) {
        TreeSet<String> attributes = new TreeSet<>();
        query("select distinct a.attribute from frame_attribute a join frame_person p on p.id = a.person_id where p.study_id = ?",
                List.of(studyId), row -> attributes.add(row.getString(1)));
        return attributes;
    }

    /**
     * Hands every response of the export to {@code sink}, in id order, from one consistent snapshot of
     * the database, and logs who took how many.
     *
     * @param what the file, for the log: {@code export.csv}
     * @return how many responses were written
     */
    public long write(Export export, String what, ResponseSink sink) throws IOException {
        return stream(export, what, false, variables -> sink);
    }

    /**
     * As {@link #write}, for a file that declares its string widths first: in the same snapshot, the widest
     * text answer and frame value are measured (a scan of the study's text answers) and the sink is opened
     * with the variables at those widths.
     */
    public long writeMeasured(Export export, String what, SinkOpener opener) throws IOException {
        return stream(export, what, true, opener);
    }

    private long stream(Export export, String what, boolean measure, SinkOpener opener) throws IOException {
        String studyId = export.study().id();
        LongFunction<Double> weight = weights(export);
        try (Connection connection = database.getConnection()) {
            int isolation = connection.getTransactionIsolation();
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            try {
                List<ExportColumn> columns = export.columns().all();
                ResponseSink sink = opener.open(measure ? StringWidths.measure(connection, export.filter(), columns)
                        : columns.stream().map(ExportColumn::variable).toList());
                long count = ResponseReader.read(connection, export.filter(), weight, sink);
                sink.finish();
                connection.commit();
                LOG.infof("%s of study %s (%d responses, excluded ones %s) taken by %s", what, studyId, count,
                        export.options().leaveOutExcluded() ? "left out" : "kept", export.staff().username());
                return count;
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
                connection.setTransactionIsolation(isolation);
            }
        } catch (SQLException e) {
            throw new IOException("the export of study " + studyId + " could not be read", e);
        }
    }

    /** The codebook of the export: every column with its labels and codes, and how many responses answered. */
    public Codebook codebook(Export export) {
        String studyId = export.study().id();
        long[] responses = new long[1];
        ResponseSelection of = export.filter();
        query("select count(*) from response r" + of.where(), of.parameters(), row -> responses[0] = row.getLong(1));
        Map<String, Long> answered = new HashMap<>();
        query("select a.variable, count(distinct a.response_id) from answer a join response r on r.id = a.response_id"
                + of.where() + " and a.status = 'answered' and a.missing = false group by a.variable", of.parameters(),
                row -> answered.put(row.getString(1), row.getLong(2)));
        Map<String, Long> inFrame = new HashMap<>();
        query("select a.attribute, count(*) from invitation i join response r on r.id = i.response_id "
                + "join frame_attribute a on a.person_id = i.person_id" + of.where() + " group by a.attribute", of.parameters(),
                row -> inFrame.put(row.getString(1), row.getLong(2)));
        LOG.infof("Codebook of study %s taken by %s", studyId, export.staff().username());
        return Codebook.of(export, responses[0], answered, inFrame);
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String sql, List<String> parameters, RowReader reader) {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            ResponseSelection.bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading study " + parameters.get(0) + " for its export failed", e);
        }
    }
}
