package nl.stemmen.monitor.quality;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.stemmen.access.Staff;
import nl.stemmen.catalog.QuestionnaireCatalog;
import nl.stemmen.study.Studies;
import nl.stemmen.study.StudyDefinition;

/**
 * Runs the data-quality checks (duplicates, speeders, straight-lining) over a study's non-test
 * responses on demand, when its lead opens the quality page or the API, and replaces the study's
 * flags in the same transaction: a flag that no longer holds goes, exclusions stay as they are.
 */
@ApplicationScoped
public class DataQuality {

    private static final Logger LOG = Logger.getLogger(DataQuality.class);

    private final Studies studies;
    private final QuestionnaireCatalog catalog;
    private final EntityManager entities;
    private final List<QualityCheck> checks;

    public DataQuality(Studies studies, QuestionnaireCatalog catalog, EntityManager entities, QualityConfig config) {
        this.studies = studies;
        this.catalog = catalog;
        this.entities = entities;
        this.checks = List.of(new DuplicateCheck(config.duplicateWindow(), config.duplicateAgreement()),
                new SpeederCheck(config.speederFraction(), config.speederMinimumRouteCompletes()),
                new StraightliningCheck(config.straightliningMinimumRows()));
    }

    /**
     * Checks every non-test response of the study now and stores the flags found.
     *
     * @return the flags and exclusions of the study; empty when {@code staff} may not see it
     */
    @Transactional
    public Optional<QualityReport> check(Staff staff, String studyId) {
        Optional<Studies.Saved> study = studies.find(staff, studyId);
        if (study.isEmpty()) {
            return Optional.empty();
        }
        List<StudyDefinition.Dimension> dimensionQuestions = study.get().definition().dimensions().stream()
                .filter(d -> d.question() != null).toList();
        return Optional.of(entities.unwrap(Session.class).doReturningWork(connection -> {
            long began = System.nanoTime();
            lock(connection, studyId);
            StudyResponses responses = StudyResponses.read(connection, studyId, dimensionQuestions,
                    (questionnaire, version) -> new QuestionnaireShape(catalog.version(questionnaire, version).questionnaire()));
            List<Flag> found = new ArrayList<>();
            checks.forEach(check -> found.addAll(check.flags(responses)));
            Instant now = Instant.now();
            List<ResponseFlags.Stored> flags = ResponseFlags.replace(connection, studyId, found, now);
            List<QualityReport.Exclusion> exclusions = exclusions(connection, studyId);
            LOG.debugf("Study %s: %d responses checked, %d flags, in %d ms", studyId, responses.responses().size(),
                    flags.size(), (System.nanoTime() - began) / 1_000_000);
            return report(now, responses.responses().size(), flags, exclusions);
        }));
    }

    /** Two runs for one study at once would both insert the same new flags: the second waits for the first. */
    private static void lock(Connection connection, String studyId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select id from study where id = ? for update")) {
            lock.setString(1, studyId);
            lock.executeQuery().close();
        }
    }

    private static List<QualityReport.Exclusion> exclusions(Connection connection, String studyId) throws SQLException {
        List<QualityReport.Exclusion> exclusions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id, excluded_at, excluded_by from response "
                + "where study_id = ? and not test and excluded_at is not null order by id")) {
            select.setString(1, studyId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    exclusions.add(new QualityReport.Exclusion(rows.getLong(1), rows.getObject(2, OffsetDateTime.class),
                            rows.getString(3)));
                }
            }
        }
        return exclusions;
    }

    private static QualityReport report(Instant now, int responses, List<ResponseFlags.Stored> stored,
            List<QualityReport.Exclusion> exclusions) {
        Set<Long> excluded = new HashSet<>();
        exclusions.forEach(e -> excluded.add(e.response()));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (FlagKind kind : FlagKind.values()) {
            counts.put(kind.code(), 0);
        }
        List<QualityReport.FlagRow> flags = new ArrayList<>();
        for (ResponseFlags.Stored s : stored) {
            Flag flag = s.flag();
            counts.merge(flag.kind().code(), 1, Integer::sum);
            flags.add(new QualityReport.FlagRow(flag.response(), flag.kind().code(), flag.detail(), s.flaggedAt(),
                    excluded.contains(flag.response())));
        }
        return new QualityReport(now.atOffset(ZoneOffset.UTC), responses, flags, counts, exclusions);
    }
}
