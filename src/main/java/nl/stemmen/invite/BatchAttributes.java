package nl.stemmen.invite;

import java.io.IOException;
import java.io.InputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
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
 * attributes. The line of a row is counted as one line per row after the header (line 2 onwards).
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

    /** One code's invitation as found by its hash: its id, its batch and the person bound to it, if any. */
    private record Found(long invitation, Long batch, Long person, String ref) {
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
        if (study.isEmpty() || entities.createNativeQuery("select id from batch where id = ?1 and study_id = ?2")
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
        Map<Long, Integer> codeLines = new HashMap<>();
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < file.people().size(); i++) {
            FramePerson person = file.people().get(i);
            int line = i + 2;
            String printed = person.attributes().getOrDefault("code", "");
            Optional<Found> invitation = InvitationKeys.normalizeCode(printed).flatMap(this::byCode)
                    .filter(f -> f.batch() != null && f.batch() == batch);
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

    private Optional<Found> byCode(String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("select i.id, i.batch_id, i.person_id, p.ref from invitation i "
                + "left join frame_person p on p.id = i.person_id where i.code_hash = ?1")
                .setParameter(1, invitations.keys().codeHash(code)).getResultList();
        return rows.stream().findFirst().map(row -> new Found(((Number) row[0]).longValue(),
                row[1] == null ? null : ((Number) row[1]).longValue(), row[2] == null ? null : ((Number) row[2]).longValue(),
                (String) row[3]));
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

    private Bound store(String studyId, long batch, List<FramePerson> people, List<Found> found) {
        int[] counts = new int[3];
        Timestamp now = Timestamp.from(Instant.now());
        entities.unwrap(Session.class).doWork(connection -> {
            List<Long> changed = new ArrayList<>();
            List<FramePerson> attributed = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement("insert into frame_person (study_id, ref, in_latest_file, "
                    + "imported_at, batch_id) values (?, ?, true, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement bind = connection.prepareStatement("update invitation set person_id = ? where id = ?")) {
                for (int i = 0; i < people.size(); i++) {
                    FramePerson person = people.get(i);
                    Found invitation = found.get(i);
                    if (invitation.person() == null) {
                        insert.setString(1, studyId);
                        insert.setString(2, person.ref());
                        insert.setTimestamp(3, now);
                        insert.setLong(4, batch);
                        insert.executeUpdate();
                        try (ResultSet keys = insert.getGeneratedKeys()) {
                            keys.next();
                            long id = keys.getLong(1);
                            bind.setLong(1, id);
                            bind.setLong(2, invitation.invitation());
                            bind.executeUpdate();
                            attributed.add(person);
                            ids.add(id);
                        }
                        counts[0]++;
                    } else if (!attributes(connection, invitation.person()).equals(withoutCode(person))) {
                        changed.add(invitation.person());
                        attributed.add(person);
                        ids.add(invitation.person());
                        counts[1]++;
                    } else {
                        counts[2]++;
                    }
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("delete from frame_attribute where person_id = ?")) {
                JdbcBatch.execute(delete, changed, (statement, id) -> statement.setLong(1, id));
            }
            List<Object[]> values = new ArrayList<>();
            for (int i = 0; i < attributed.size(); i++) {
                long id = ids.get(i);
                withoutCode(attributed.get(i)).forEach((attribute, value) -> values.add(new Object[] { id, attribute, value }));
            }
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

    private static Map<String, String> attributes(java.sql.Connection connection, long person) throws java.sql.SQLException {
        Map<String, String> attributes = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select attribute, attribute_value from frame_attribute where person_id = ?")) {
            select.setLong(1, person);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    attributes.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return attributes;
    }
}
