package nl.stemmen.invite;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.stemmen.access.Staff;
import nl.stemmen.study.JdbcBatch;
import nl.stemmen.study.Studies;
import nl.stemmen.study.SubgroupCells;
import nl.stemmen.study.frame.FramePerson;
import nl.stemmen.study.frame.FrameProblem;
import nl.stemmen.study.frame.FrameRefusedException;
import nl.stemmen.study.frame.SampleFrame;
import nl.stemmen.study.frame.SampleFrameReader;

/**
 * Binds a batch to its mailing organisation's pseudonymous attribute file (issue 15): one row per letter with the
 * organisation's {@code ref}, the {@code code} it printed in that person's letter, and subgroup columns, never
 * contact data. Each code's invitation then belongs to a person of the study (table frame_person, marked with the
 * batch, without contact details), so response per subgroup is known exactly, as for a frame, and the reminder list
 * can name refs. The file is read like a sample frame (UTF-8 with or without BOM, comma, semicolon or tab) and
 * refused whole with every problem; binding the same file again changes nothing, a corrected file updates the
 * attributes. Problems name a row by its physical line, as a sample frame's do.
 */
@ApplicationScoped
public class BatchAttributes {

    private static final Logger LOG = Logger.getLogger(BatchAttributes.class);

    private final Invitations invitations;
    private final Studies studies;
    private final SubgroupCells cells;
    private final EntityManager entities;

    public BatchAttributes(Invitations invitations, Studies studies, SubgroupCells cells, EntityManager entities) {
        this.invitations = invitations;
        this.studies = studies;
        this.cells = cells;
        this.entities = entities;
    }

    /** A binding: people newly bound, people whose attributes changed, and those as they were. */
    public record Bound(int added, int updated, int unchanged) {
    }

    /** One code's invitation: its id and the person bound to it (their id and ref), if any. */
    private record Found(long invitation, Long person, String ref) {
    }

    /**
     * Reads {@code csv} and binds its people to the batch's invitations.
     *
     * @return empty when the study is not the caller's or has no such batch
     * @throws FrameRefusedException with every problem (line, column, reason), nothing stored: a contact column, no
     *                               {@code code} column, a code that is not the batch's or appears twice, a ref the
     *                               study's frame or another code already has, and everything a frame file can get wrong
     */
    @Transactional
    @TransactionConfiguration(timeout = SubgroupCells.BULK_SECONDS)
    public Optional<Bound> bind(Staff staff, String studyId, long batch, InputStream csv) throws FrameRefusedException, IOException {
        Optional<Studies.Saved> study = studies.find(staff, studyId);
        // the row lock makes a second binding of the same batch wait for the first, not collide with it
        if (study.isEmpty() || entities.createNativeQuery("select id from batch where id = ?1 and study_id = ?2 for update")
                .setParameter(1, batch).setParameter(2, studyId).getResultList().isEmpty()) {
            return Optional.empty();
        }
        SampleFrame file = new SampleFrameReader().read(csv);
        List<FrameProblem> problems = new ArrayList<>();
        for (String column : file.contactColumns()) {
            problems.add(new FrameProblem(1, column, "'" + column + "' is contact data: a batch's attribute file holds only "
                    + "ref, code and subgroup columns, and the mailing organisation keeps names and addresses"));
        }
        if (!file.attributeColumns().contains("code")) {
            problems.add(new FrameProblem(1, null, "no 'code' column: each row needs the code printed in that person's letter"));
        }
        if (!problems.isEmpty()) {
            throw new FrameRefusedException(problems, 0);
        }
        Map<String, Long> framed = refs(studyId);
        Map<String, Found> batchCodes = codes(batch);
        Map<Long, Integer> codeLines = new HashMap<>();
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < file.people().size(); i++) {
            FramePerson person = file.people().get(i);
            int line = file.line(person);
            String printed = person.attributes().getOrDefault("code", "");
            Optional<Found> invitation = InvitationKeys.normalizeCode(printed)
                    .map(code -> batchCodes.get(invitations.keys().codeHash(code)));
            if (invitation.isEmpty()) {
                problems.add(new FrameProblem(line, "code", "'" + printed + "' is not a code of batch " + batch));
                continue;
            }
            Integer earlier = codeLines.putIfAbsent(invitation.get().invitation(), line);
            if (earlier != null) {
                problems.add(new FrameProblem(line, "code", "code '" + printed + "' is on line " + earlier + " too"));
            } else if (invitation.get().ref() != null && !invitation.get().ref().equals(person.ref())) {
                problems.add(new FrameProblem(line, "ref", "code '" + printed + "' is bound to ref '" + invitation.get().ref()
                        + "' already; a code belongs to one person"));
            } else if (invitation.get().person() == null && framed.containsKey(person.ref())) {
                problems.add(new FrameProblem(line, "ref", "ref '" + person.ref() + "' is already a person of this study "
                        + "(its sample frame, or another code)"));
            }
            found.add(invitation.get());
        }
        if (!problems.isEmpty()) {
            throw new FrameRefusedException(problems, 0);
        }
        Bound bound = store(studyId, batch, file.people(), found);
        cells.refresh(studyId, study.get().definition().dimensionNames());
        LOG.infof("Study %s: batch %d bound to an attribute file by %s: %d added, %d updated, %d unchanged", studyId, batch,
                staff.username(), bound.added(), bound.updated(), bound.unchanged());
        return Optional.of(bound);
    }

    /** The batch's invitations by code hash, each with the person bound to it, if any: one query, not one per row. */
    private Map<String, Found> codes(long batch) {
        Map<String, Found> codes = new HashMap<>();
        for (Object row : entities.createNativeQuery("select i.code_hash, i.id, i.person_id, p.ref from invitation i "
                + "left join frame_person p on p.id = i.person_id where i.batch_id = ?1").setParameter(1, batch).getResultList()) {
            Object[] columns = (Object[]) row;
            codes.put((String) columns[0], new Found(((Number) columns[1]).longValue(),
                    columns[2] == null ? null : ((Number) columns[2]).longValue(), (String) columns[3]));
        }
        return codes;
    }

    private Map<String, Long> refs(String studyId) {
        Map<String, Long> refs = new HashMap<>();
        for (Object row : entities.createNativeQuery("select ref, id from frame_person where study_id = ?1")
                .setParameter(1, studyId).getResultList()) {
            Object[] columns = (Object[]) row;
            refs.put((String) columns[0], ((Number) columns[1]).longValue());
        }
        return refs;
    }

    /**
     * Inserts the new people and binds their invitations, rewrites the attributes of those whose changed: a few
     * statements in batches of a thousand, so DUO's 65,000 rows take seconds, not a round trip each.
     */
    private Bound store(String studyId, long batch, List<FramePerson> people, List<Found> found) {
        int[] counts = new int[3];
        Timestamp now = Timestamp.from(Instant.now());
        entities.unwrap(Session.class).doWork(connection -> {
            Map<Long, Map<String, String>> stored = storedAttributes(connection, batch);
            List<Integer> added = new ArrayList<>();
            List<Long> changed = new ArrayList<>();
            Map<Long, FramePerson> attributed = new HashMap<>();
            for (int i = 0; i < people.size(); i++) {
                Long person = found.get(i).person();
                if (person == null) {
                    added.add(i);
                } else if (!stored.getOrDefault(person, Map.of()).equals(withoutCode(people.get(i)))) {
                    changed.add(person);
                    attributed.put(person, people.get(i));
                }
            }
            counts[0] = added.size();
            counts[1] = changed.size();
            counts[2] = people.size() - added.size() - changed.size();
            try (PreparedStatement insert = connection.prepareStatement("insert into frame_person (study_id, ref, in_latest_file, "
                    + "imported_at, batch_id) values (?, ?, true, ?, ?)")) {
                JdbcBatch.execute(insert, added, (statement, i) -> {
                    statement.setString(1, studyId);
                    statement.setString(2, people.get(i).ref());
                    statement.setTimestamp(3, now);
                    statement.setLong(4, batch);
                });
            }
            // refs are unique in a study (checked above), so the new people are found by theirs
            Map<String, Long> ids = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select ref, id from frame_person where study_id = ? and batch_id = ?")) {
                select.setString(1, studyId);
                select.setLong(2, batch);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            try (PreparedStatement bind = connection.prepareStatement("update invitation set person_id = ? where id = ?")) {
                JdbcBatch.execute(bind, added, (statement, i) -> {
                    statement.setLong(1, ids.get(people.get(i).ref()));
                    statement.setLong(2, found.get(i).invitation());
                });
            }
            added.forEach(i -> attributed.put(ids.get(people.get(i).ref()), people.get(i)));
            try (PreparedStatement delete = connection.prepareStatement("delete from frame_attribute where person_id = ?")) {
                JdbcBatch.execute(delete, changed, (statement, id) -> statement.setLong(1, id));
            }
            List<Object[]> values = new ArrayList<>();
            attributed.forEach((id, person) -> withoutCode(person).forEach((attribute, value) -> values.add(new Object[] { id,
                    attribute, value })));
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into frame_attribute (person_id, attribute, attribute_value) values (?, ?, ?)")) {
                JdbcBatch.execute(insert, values, (statement, value) -> {
                    statement.setLong(1, (Long) value[0]);
                    statement.setString(2, (String) value[1]);
                    statement.setString(3, (String) value[2]);
                });
            }
        });
        return new Bound(counts[0], counts[1], counts[2]);
    }

    private static Map<String, String> withoutCode(FramePerson person) {
        Map<String, String> attributes = new HashMap<>(person.attributes());
        attributes.remove("code");
        return attributes;
    }

    /** The attributes of every person bound to one of the batch's invitations, by person id. */
    private static Map<Long, Map<String, String>> storedAttributes(Connection connection, long batch) throws SQLException {
        Map<Long, Map<String, String>> attributes = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select a.person_id, a.attribute, a.attribute_value "
                + "from frame_attribute a join invitation i on i.person_id = a.person_id where i.batch_id = ?")) {
            select.setLong(1, batch);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    attributes.computeIfAbsent(rows.getLong(1), id -> new HashMap<>()).put(rows.getString(2), rows.getString(3));
                }
            }
        }
        return attributes;
    }
}
