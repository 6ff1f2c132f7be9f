package nl.stemmen.monitor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.stemmen.respond.Channel;

/**
 * Reads a study's counts in four grouped queries: the cells with their population and invited
 * counts (kept by {@link nl.stemmen.study.SubgroupCells}), opened and withdrawn invitations per
 * cell, responses per cell, channel and language, and completes per day. Test responses never
 * count; an excluded response counts only as excluded.
 */
@ApplicationScoped
public class MonitorQueries {

    private static final TypeReference<List<String>> CATEGORIES = new TypeReference<>() {
    };

    private final EntityManager entities;
    private final ObjectMapper json;

    public MonitorQueries(EntityManager entities, ObjectMapper json) {
        this.entities = entities;
        this.json = json;
    }

    /**
     * The study's counts now.
     *
     * @param partialBefore a started, unfinished response last active before this instant is partial
     */
    @Transactional
    public MonitorSnapshot read(String studyId, Instant partialBefore) {
        Map<Long, MonitorSnapshot.Cell> cells = new LinkedHashMap<>();
        Map<String, CellCounts> channels = new LinkedHashMap<>();
        Map<String, CellCounts> languages = new TreeMap<>();
        Map<LocalDate, Integer> days = new TreeMap<>();
        entities.unwrap(Session.class).doWork(connection -> {
            cells(connection, studyId).forEach(cell -> cells.put(cell.id(), cell));
            try (PreparedStatement select = connection.prepareStatement("select cell_id, count(opened_at), count(withdrawn_at) "
                    + "from invitation where study_id = ? and opened_at is not null group by cell_id")) {
                select.setString(1, studyId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        CellCounts counts = cell(cells, rows.getLong(1));
                        if (counts != null) {
                            counts.opened += rows.getInt(2);
                            counts.withdrawn += rows.getInt(3);
                        }
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement("select cell_id, channel, language, count(*), "
                    + "sum(case when excluded_at is null and (first_saved_at is not null or completed_at is not null) then 1 else 0 end), "
                    + "sum(case when excluded_at is null and completed_at is null and first_saved_at is not null "
                    + "and updated_at < ? then 1 else 0 end), "
                    + "sum(case when excluded_at is null and completed_at is not null then 1 else 0 end), "
                    + "count(excluded_at) from response where study_id = ? and not test group by cell_id, channel, language")) {
                select.setTimestamp(1, Timestamp.from(partialBefore));
                select.setString(2, studyId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        CellCounts counts = new CellCounts();
                        String channel = rows.getString(2);
                        boolean invited = !Channel.FLYER.name().equals(channel);
                        counts.opened = invited ? 0 : rows.getInt(4); // invited people opened their invitation
                        counts.started = rows.getInt(5);
                        counts.partial = rows.getInt(6);
                        counts.completed = rows.getInt(7);
                        counts.completedInvited = invited ? counts.completed : 0;
                        counts.excluded = rows.getInt(8);
                        long cell = rows.getLong(1);
                        if (!rows.wasNull() && cells.containsKey(cell)) {
                            cells.get(cell).counts().add(counts);
                        }
                        CellCounts responses = new CellCounts();
                        responses.add(counts);
                        responses.opened = rows.getInt(4);
                        channels.computeIfAbsent(channel.toLowerCase(java.util.Locale.ROOT), c -> new CellCounts()).add(responses);
                        languages.computeIfAbsent(rows.getString(3), l -> new CellCounts()).add(responses);
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement("select cast(completed_at as date), count(*) from response "
                    + "where study_id = ? and not test and completed_at is not null and excluded_at is null "
                    + "group by cast(completed_at as date)")) {
                select.setString(1, studyId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        days.put(rows.getDate(1).toLocalDate(), rows.getInt(2));
                    }
                }
            }
        });
        return new MonitorSnapshot(new ArrayList<>(cells.values()), channels, languages, days);
    }

    /** The study's cells with their population and invited counts, without the live counts. */
    @Transactional
    public List<MonitorSnapshot.Cell> cells(String studyId) {
        List<MonitorSnapshot.Cell> cells = new ArrayList<>();
        entities.unwrap(Session.class).doWork(connection -> cells.addAll(cells(connection, studyId)));
        return cells;
    }

    /**
     * The completed responses that count (not excluded, not a test) and the cell each is in.
     *
     * @return pairs {response id, cell id}, by response id; responses without a cell are left out
     */
    @Transactional
    public List<long[]> respondentCells(String studyId) {
        List<long[]> respondents = new ArrayList<>();
        entities.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select id, cell_id from response where study_id = ? "
                    + "and not test and completed_at is not null and excluded_at is null and cell_id is not null order by id")) {
                select.setString(1, studyId);
                select.setFetchSize(10_000);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        respondents.add(new long[] {rows.getLong(1), rows.getLong(2)});
                    }
                }
            }
        });
        return respondents;
    }

    private List<MonitorSnapshot.Cell> cells(Connection connection, String studyId) throws SQLException {
        List<MonitorSnapshot.Cell> cells = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, categories, population, invited from study_cell where study_id = ? order by id")) {
            select.setString(1, studyId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    CellCounts counts = new CellCounts();
                    counts.population = rows.getInt(3);
                    counts.invited = rows.getInt(4);
                    cells.add(new MonitorSnapshot.Cell(rows.getLong(1), categories(rows.getString(2)), counts));
                }
            }
        }
        return cells;
    }

    private static CellCounts cell(Map<Long, MonitorSnapshot.Cell> cells, long id) {
        MonitorSnapshot.Cell cell = cells.get(id);
        return cell == null ? null : cell.counts();
    }

    private List<String> categories(String stored) {
        try {
            return json.readValue(stored, CATEGORIES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("study_cell.categories is not a JSON array: " + stored, e);
        }
    }
}
