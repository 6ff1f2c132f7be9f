package nl.stemmen.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Keeps a study's subgroup cells (table study_cell) in step with its frame, invitations and
 * dimensions: every frame person, invitation and invited response carries the id of its cell (the
 * combination of its categories over the study's dimensions), and each cell its population,
 * invited, opened and withdrawn counts ({@link #opened} and {@link #withdrew} count up as it happens). The monitor then counts live figures per cell without reading the frame.
 *
 * <p>Run after a frame import, after invitations are made and after the dimensions change: the
 * work is proportional to the frame (seconds for 65,000 people), the monitor's to the cells.
 * A person without a value for a dimension is in its category {@value #UNKNOWN}.
 *
 * <p>A response with no frame person behind it (a flyer, a group session, an unbound batch
 * invitation, an assisted start) is placed by its own answers instead ({@link #byAnswers}): in the
 * all-unknown cell while it runs, then, once completed, by its answer to each dimension's
 * {@code question} (design §4). Where both exist, the frame wins.
 */
@ApplicationScoped
public class SubgroupCells {

    /**
     * Seconds a transaction that rewrites a whole frame's cells may take (a frame import, making the
     * invitations, changing the dimensions): a million people take minutes, past the default minute.
     */
    public static final int BULK_SECONDS = 1800;

    /** The category of a person whose frame row has no value for the dimension. */
    public static final String UNKNOWN = "unknown";

    private static final TypeReference<List<StudyDefinition.Dimension>> DIMENSIONS = new TypeReference<>() {
    };

    private final EntityManager entities;
    private final ObjectMapper json;

    public SubgroupCells(EntityManager entities, ObjectMapper json) {
        this.entities = entities;
        this.json = json;
    }

    /** Recomputes the study's cells and the counts in them, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(String studyId, List<String> dimensions) {
        entities.flush();
        entities.unwrap(Session.class).doWork(connection -> {
            Map<String, Long> cells = existingCells(connection, studyId);
            List<long[]> moves = new ArrayList<>();
            String attributes = dimensions.isEmpty() ? "''" : String.join(", ", dimensions.stream().map(d -> "?").toList());
            try (PreparedStatement people = connection.prepareStatement("select p.id, p.cell_id, a.attribute, a.attribute_value "
                    + "from frame_person p left join frame_attribute a on a.person_id = p.id and a.attribute in (" + attributes
                    + ") where p.study_id = ? order by p.id")) {
                int parameter = 1;
                for (String dimension : dimensions) {
                    people.setString(parameter++, dimension);
                }
                people.setString(parameter, studyId);
                people.setFetchSize(5000);
                try (ResultSet rows = people.executeQuery()) {
                    PersonCategories person = null;
                    while (rows.next()) {
                        long id = rows.getLong(1);
                        if (person == null || person.id != id) {
                            move(connection, studyId, cells, person, moves);
                            person = new PersonCategories(id, (Long) rows.getObject(2), dimensions);
                        }
                        person.set(rows.getString(3), rows.getString(4));
                    }
                    move(connection, studyId, cells, person, moves);
                }
            }
            try (PreparedStatement update = connection.prepareStatement("update frame_person set cell_id = ? where id = ?")) {
                JdbcBatch.execute(update, moves, (statement, move) -> {
                    statement.setLong(1, move[1]);
                    statement.setLong(2, move[0]);
                });
            }
            execute(connection, studyId, "update invitation set cell_id = (select p.cell_id from frame_person p "
                    + "where p.id = invitation.person_id) where study_id = ? and person_id is not null");
            execute(connection, studyId, "update response set cell_id = (select i.cell_id from invitation i "
                    + "where i.response_id = response.id) where study_id = ? and exists (select 1 from invitation i "
                    + "where i.response_id = response.id and i.person_id is not null)");
            placeByAnswers(connection, studyId, cells, null);
            execute(connection, studyId, "update study_cell set "
                    + "population = (select count(*) from frame_person p where p.cell_id = study_cell.id and p.in_latest_file), "
                    + "invited = (select count(*) from invitation i where i.cell_id = study_cell.id), "
                    + "opened = (select count(*) from invitation i where i.cell_id = study_cell.id and i.opened_at is not null), "
                    + "withdrawn = (select count(*) from invitation i where i.cell_id = study_cell.id and i.withdrawn_at is not null) "
                    + "where study_id = ?");
            // cells of earlier dimensions, or of people no longer there, would only clutter the monitor
            execute(connection, studyId, "delete from study_cell where study_id = ? "
                    + "and not exists (select 1 from frame_person p where p.cell_id = study_cell.id) "
                    + "and not exists (select 1 from invitation i where i.cell_id = study_cell.id) "
                    + "and not exists (select 1 from response r where r.cell_id = study_cell.id)");
        });
    }

    /**
     * The cell of a study response by its own answers (design §4), found or made, in the caller's
     * transaction: per dimension, the {@link AnswerCategory} of the answer to its {@code question}; every
     * dimension {@value #UNKNOWN} while the response is not completed.
     *
     * @return the cell's id (study_cell), for the caller to set on the response; empty when a frame person is
     *         behind the response (an invitation of the frame), whose cell the frame decides
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> byAnswers(String studyId, long responseId) {
        entities.flush();
        return entities.unwrap(Session.class).doReturningWork(connection -> {
            Map<Long, Long> placed = placeByAnswers(connection, studyId, existingCells(connection, studyId), responseId);
            return Optional.ofNullable(placed.get(responseId));
        });
    }

    /**
     * Places the study's responses without a frame person by their answers (only {@code onlyResponse}
     * when not null): the cells are found in {@code cells} or made (and added there); responses whose cell
     * changes are updated.
     *
     * @return every response considered → its cell
     */
    private Map<Long, Long> placeByAnswers(Connection connection, String studyId, Map<String, Long> cells, Long onlyResponse)
            throws SQLException {
        List<StudyDefinition.Dimension> dimensions = dimensions(connection, studyId);
        List<String> questions = dimensions.stream().map(StudyDefinition.Dimension::question).filter(q -> q != null).distinct().toList();
        String answers = questions.isEmpty() ? "null, null, null from response r"
                : "a.variable, a.text_value, a.missing from response r left join answer a on a.response_id = r.id "
                        + "and r.completed_at is not null and " + AnswerCategory.countedAnswer("a") + " and a.variable in ("
                        + String.join(", ", questions.stream().map(q -> "?").toList()) + ")";
        Map<Long, Placing> responses = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select r.id, r.cell_id, " + answers
                + " where r.study_id = ? and not r.test" + (onlyResponse == null ? "" : " and r.id = ?")
                + " and not exists (select 1 from invitation i where i.response_id = r.id and i.person_id is not null)")) {
            int parameter = 1;
            for (String question : questions) {
                select.setString(parameter++, question);
            }
            select.setString(parameter++, studyId);
            if (onlyResponse != null) {
                select.setLong(parameter, onlyResponse);
            }
            select.setFetchSize(5000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Long current = rows.getObject(2, Long.class);
                    Placing placing = responses.computeIfAbsent(rows.getLong(1), id -> new Placing(current, dimensions.size()));
                    String variable = rows.getString(3);
                    for (int d = 0; variable != null && d < dimensions.size(); d++) {
                        if (variable.equals(dimensions.get(d).question())) {
                            placing.categories.set(d, AnswerCategory.of(dimensions.get(d), rows.getString(4), rows.getBoolean(5)));
                        }
                    }
                }
            }
        }
        Map<Long, Long> placed = new HashMap<>();
        List<long[]> moves = new ArrayList<>();
        for (Map.Entry<Long, Placing> response : responses.entrySet()) {
            String key = key(response.getValue().categories);
            Long cell = cells.get(key);
            if (cell == null) {
                cell = insertCell(connection, studyId, key);
                cells.put(key, cell);
            }
            placed.put(response.getKey(), cell);
            if (!cell.equals(response.getValue().cell)) {
                moves.add(new long[] {response.getKey(), cell});
            }
        }
        try (PreparedStatement update = connection.prepareStatement("update response set cell_id = ? where id = ?")) {
            JdbcBatch.execute(update, moves, (statement, move) -> {
                statement.setLong(1, move[1]);
                statement.setLong(2, move[0]);
            });
        }
        return placed;
    }

    private List<StudyDefinition.Dimension> dimensions(Connection connection, String studyId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select dimensions from study where id = ?")) {
            select.setString(1, studyId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return List.of();
                }
                return json.readValue(rows.getString(1), DIMENSIONS);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("study " + studyId + " holds unreadable dimensions", e);
        }
    }

    /** An invitation in this cell was opened for the first time: one more opened, in the opening's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(Long cell) {
        count(cell, "opened");
    }

    /** A person in this cell withdrew. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrew(Long cell) {
        count(cell, "withdrawn");
    }

    private void count(Long cell, String column) {
        if (cell != null) {
            entities.createNativeQuery("update study_cell set " + column + " = " + column + " + 1 where id = ?1")
                    .setParameter(1, cell).executeUpdate();
        }
    }

    /** The frame's cell of a person is known: note it for the batch update when it changed. */
    private void move(Connection connection, String studyId, Map<String, Long> cells, PersonCategories person,
            List<long[]> moves) throws SQLException {
        if (person == null) {
            return;
        }
        String key = key(person.categories);
        Long cell = cells.get(key);
        if (cell == null) {
            cell = insertCell(connection, studyId, key);
            cells.put(key, cell);
        }
        if (!cell.equals(person.cell)) {
            moves.add(new long[] {person.id, cell});
        }
    }

    private String key(List<String> categories) {
        try {
            return json.writeValueAsString(categories);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Long> existingCells(Connection connection, String studyId) throws SQLException {
        Map<String, Long> cells = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select categories, id from study_cell where study_id = ?")) {
            select.setString(1, studyId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    cells.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return cells;
    }

    private static long insertCell(Connection connection, String studyId, String key) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into study_cell (study_id, categories, population, invited, opened, withdrawn) values (?, ?, 0, 0, 0, 0)", new String[] {"id"})) {
            insert.setString(1, studyId);
            insert.setString(2, key);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void execute(Connection connection, String studyId, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, studyId);
            statement.executeUpdate();
        }
    }

    /** One response's categories as its answer rows arrive, in dimension order; unknown until an answer says. */
    private static final class Placing {
        final Long cell;
        final List<String> categories = new ArrayList<>();

        Placing(Long cell, int dimensions) {
            this.cell = cell;
            for (int d = 0; d < dimensions; d++) {
                categories.add(UNKNOWN);
            }
        }
    }

    /** One person's categories as the rows of the join arrive, in dimension order. */
    private static final class PersonCategories {
        final long id;
        final Long cell;
        final List<String> dimensions;
        final List<String> categories = new ArrayList<>();

        PersonCategories(long id, Long cell, List<String> dimensions) {
            this.id = id;
            this.cell = cell;
            this.dimensions = dimensions;
            dimensions.forEach(d -> categories.add(UNKNOWN));
        }

        void set(String attribute, String value) {
            if (attribute != null) {
                categories.set(dimensions.indexOf(attribute), value);
            }
        }
    }
}
