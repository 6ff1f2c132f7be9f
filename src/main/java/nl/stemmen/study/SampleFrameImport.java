package nl.stemmen.study;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Set;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import nl.stemmen.access.Staff;
import nl.stemmen.study.frame.ContactColumn;
import nl.stemmen.study.frame.FrameComparison;
import nl.stemmen.study.frame.FramePerson;
import nl.stemmen.study.frame.FramePreview;
import nl.stemmen.study.frame.FrameProblem;
import nl.stemmen.study.frame.FrameRefusedException;
import nl.stemmen.study.frame.SampleFrame;
import nl.stemmen.study.frame.SampleFrameReader;

/**
 * Brings a lead's sample-frame file into a study (design §3): the whole file is read and checked
 * first, then compared with the people the study has, then added and updated in one transaction,
 * or nothing at all. People missing from a later file are marked, never deleted. Contact details
 * go to their own table; attributes (the subgroup columns) to theirs.
 */
@ApplicationScoped
public class SampleFrameImport {

    private static final Logger LOG = Logger.getLogger(SampleFrameImport.class);

    private final Studies studies;
    private final SubgroupCells cells;
    private final EntityManager entities;

    public SampleFrameImport(Studies studies, SubgroupCells cells, EntityManager entities) {
        this.studies = studies;
        this.cells = cells;
        this.entities = entities;
    }

    /**
     * What an import did (or, for a preview, would do).
     *
     * @param missing refs the study has that this file does not, sorted
     * @param dimensionsNotInFile the study's dimensions that are no column of the file
     */
    public record Result(int added, int updated, int unchanged, List<String> missing, List<String> dimensionsNotInFile,
            FramePreview preview) {
    }

    /**
     * Reads {@code csv} and, unless {@code previewOnly}, stores it in the study.
     *
     * @return empty when {@code staff} may not see the study
     * @throws FrameRefusedException with every problem, when the file cannot be imported (nothing is stored)
     */
    @Transactional
    @TransactionConfiguration(timeout = SubgroupCells.BULK_SECONDS)
    public Optional<Result> importFrame(Staff staff, String studyId, InputStream csv, boolean previewOnly)
            throws FrameRefusedException, IOException {
        Optional<Studies.Saved> study = studies.find(staff, studyId);
        if (study.isEmpty()) {
            return Optional.empty();
        }
        SampleFrame frame = new SampleFrameReader().read(csv);
        refuseBatchRefs(studyId, frame);
        Map<String, StoredPerson> stored = storedPeople(studyId);
        Map<String, FramePerson> known = new HashMap<>();
        stored.forEach((ref, person) -> known.put(ref, person.person()));
        FrameComparison comparison = FrameComparison.of(frame, known);
        List<String> dimensionsNotInFile = study.get().definition().dimensions().stream()
                .map(d -> d.name()).filter(name -> !frame.attributeColumns().contains(name)).toList();
        if (!previewOnly) {
            entities.unwrap(Session.class).doWork(connection -> store(connection, studyId, comparison, stored));
            cells.refresh(studyId, study.get().definition().dimensionNames());
            LOG.infof("Sample frame of study %s imported by %s: %d added, %d updated, %d unchanged, %d no longer in the file",
                    studyId, staff.username(), comparison.added().size(), comparison.changed().size(),
                    comparison.unchanged().size(), comparison.missing().size());
        }
        return Optional.of(new Result(comparison.added().size(), comparison.changed().size(), comparison.unchanged().size(),
                comparison.missing(), dimensionsNotInFile, frame.preview()));
    }

    /** A ref that a bound batch already holds cannot come in through the frame as well: the file is refused. */
    private void refuseBatchRefs(String studyId, SampleFrame frame) throws FrameRefusedException {
        @SuppressWarnings("unchecked")
        Set<String> bound = new HashSet<>(entities.createNativeQuery("select ref from frame_person where study_id = ?1 "
                + "and batch_id is not null").setParameter(1, studyId).getResultList());
        if (bound.isEmpty()) {
            return;
        }
        List<FrameProblem> problems = new ArrayList<>();
        for (int i = 0; i < frame.people().size(); i++) {
            if (bound.contains(frame.people().get(i).ref())) {
                problems.add(new FrameProblem(i + 2, "ref", "ref '" + frame.people().get(i).ref() + "' is a person of a "
                        + "batch's attribute file (the mailing organisation's): one person cannot be in both"));
            }
        }
        if (!problems.isEmpty()) {
            throw new FrameRefusedException(problems, 0);
        }
    }

    /**
     * The frame a study holds now: who is in the latest file, and per attribute column its values with counts.
     *
     * @param people     people in the latest file (those a later file left out are not counted)
     * @param attributes per attribute column, alphabetically; values most frequent first, at most
     *                   {@link FramePreview#MAX_VALUES_LISTED}, as in a preview
     */
    public record Summary(int people, List<FramePreview.AttributeValues> attributes) {
    }

    /** What the study's frame holds now; empty when {@code staff} may not see the study. */
    @Transactional
    public Optional<Summary> summary(Staff staff, String studyId) {
        if (studies.find(staff, studyId).isEmpty()) {
            return Optional.empty();
        }
        int people = ((Number) entities.createNativeQuery(
                "select count(*) from frame_person where study_id = ?1 and in_latest_file")
                .setParameter(1, studyId).getSingleResult()).intValue();
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (Object row : entities.createNativeQuery("select a.attribute, a.attribute_value, count(*) from frame_attribute a "
                + "join frame_person p on p.id = a.person_id where p.study_id = ?1 and p.in_latest_file "
                + "group by a.attribute, a.attribute_value order by a.attribute, count(*) desc, a.attribute_value")
                .setParameter(1, studyId).getResultList()) {
            Object[] columns = (Object[]) row;
            counts.computeIfAbsent((String) columns[0], k -> new LinkedHashMap<>())
                    .put((String) columns[1], ((Number) columns[2]).intValue());
        }
        List<FramePreview.AttributeValues> attributes = new ArrayList<>();
        counts.forEach((column, values) -> {
            Map<String, Integer> listed = new LinkedHashMap<>();
            values.entrySet().stream().limit(FramePreview.MAX_VALUES_LISTED).forEach(e -> listed.put(e.getKey(), e.getValue()));
            int withValue = values.values().stream().mapToInt(Integer::intValue).sum();
            attributes.add(new FramePreview.AttributeValues(column, listed, values.size() - listed.size(), people - withValue));
        });
        return Optional.of(new Summary(people, attributes));
    }

    /** A person as the study holds them, with the row id. */
    private record StoredPerson(long id, FramePerson person) {
    }

    private Map<String, StoredPerson> storedPeople(String studyId) {
        Map<String, Long> ids = new LinkedHashMap<>();
        Map<Long, Map<String, String>> attributes = new HashMap<>();
        Map<Long, Map<String, String>> contacts = new HashMap<>();
        entities.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement people = connection.prepareStatement(
                    "select id, ref from frame_person where study_id = ? and batch_id is null")) {
                people.setString(1, studyId);
                try (ResultSet rows = people.executeQuery()) {
                    while (rows.next()) {
                        ids.put(rows.getString(2), rows.getLong(1));
                    }
                }
            }
            try (PreparedStatement values = connection.prepareStatement("select a.person_id, a.attribute, a.attribute_value "
                    + "from frame_attribute a join frame_person p on p.id = a.person_id where p.study_id = ? and p.batch_id is null")) {
                values.setString(1, studyId);
                try (ResultSet rows = values.executeQuery()) {
                    while (rows.next()) {
                        attributes.computeIfAbsent(rows.getLong(1), k -> new HashMap<>()).put(rows.getString(2), rows.getString(3));
                    }
                }
            }
            try (PreparedStatement values = connection.prepareStatement("select c.person_id, " + contactColumns()
                    + " from frame_contact c join frame_person p on p.id = c.person_id where p.study_id = ? and p.batch_id is null")) {
                values.setString(1, studyId);
                try (ResultSet rows = values.executeQuery()) {
                    while (rows.next()) {
                        Map<String, String> contact = new HashMap<>();
                        for (ContactColumn column : ContactColumn.values()) {
                            String value = rows.getString(column.ordinal() + 2);
                            if (value != null) {
                                contact.put(column.columnName(), value);
                            }
                        }
                        contacts.put(rows.getLong(1), contact);
                    }
                }
            }
        });
        Map<String, StoredPerson> stored = new HashMap<>();
        ids.forEach((ref, id) -> stored.put(ref, new StoredPerson(id, new FramePerson(ref,
                contacts.getOrDefault(id, Map.of()), attributes.getOrDefault(id, Map.of())))));
        return stored;
    }

    private static String contactColumns() {
        return String.join(", ", Arrays.stream(ContactColumn.values()).map(ContactColumn::columnName).toList());
    }

    private static void store(Connection connection, String studyId, FrameComparison comparison,
            Map<String, StoredPerson> stored) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into frame_person (study_id, ref, in_latest_file, imported_at) values (?, ?, true, ?)")) {
            JdbcBatch.execute(insert, comparison.added(), (statement, person) -> {
                statement.setString(1, studyId);
                statement.setString(2, person.ref());
                statement.setTimestamp(3, now);
            });
        }
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, ref from frame_person where study_id = ? and batch_id is null")) {
            select.setString(1, studyId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(2), rows.getLong(1));
                }
            }
        }
        List<Long> changedIds = comparison.changed().stream().map(p -> stored.get(p.ref()).id()).toList();
        for (String table : List.of("frame_attribute", "frame_contact")) {
            try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where person_id = ?")) {
                JdbcBatch.execute(delete, changedIds, (statement, id) -> statement.setLong(1, id));
            }
        }
        List<FramePerson> written = new ArrayList<>(comparison.added());
        written.addAll(comparison.changed());
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into frame_attribute (person_id, attribute, attribute_value) values (?, ?, ?)")) {
            List<Object[]> rows = new ArrayList<>();
            written.forEach(p -> p.attributes().forEach((name, value) -> rows.add(new Object[] { ids.get(p.ref()), name, value })));
            JdbcBatch.execute(insert, rows, (statement, row) -> {
                statement.setLong(1, (Long) row[0]);
                statement.setString(2, (String) row[1]);
                statement.setString(3, (String) row[2]);
            });
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into frame_contact (person_id, " + contactColumns()
                + ") values (?" + ", ?".repeat(ContactColumn.values().length) + ")")) {
            JdbcBatch.execute(insert, written.stream().filter(p -> !p.contact().isEmpty()).toList(), (statement, person) -> {
                statement.setLong(1, ids.get(person.ref()));
                for (ContactColumn column : ContactColumn.values()) {
                    statement.setString(column.ordinal() + 2, person.contact().get(column.columnName()));
                }
            });
        }
        // everyone is in the latest file, but those it left out
        try (PreparedStatement all = connection.prepareStatement("update frame_person set in_latest_file = true where study_id = ? and batch_id is null")) {
            all.setString(1, studyId);
            all.executeUpdate();
        }
        try (PreparedStatement mark = connection.prepareStatement(
                "update frame_person set in_latest_file = false where study_id = ? and ref = ? and batch_id is null")) {
            JdbcBatch.execute(mark, comparison.missing(), (statement, ref) -> {
                statement.setString(1, studyId);
                statement.setString(2, ref);
            });
        }
    }
}
