package nl.stemmen.monitor;

import java.sql.Connection;
import java.sql.Date;
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
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;


import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import nl.stemmen.respond.Channel;

/**
 * Reads a study's counts in grouped queries, by plain JDBC: the cells with their population and invited
 * counts and opened and withdrawn invitations (kept by {@link nl.stemmen.study.SubgroupCells}),
 * responses per cell and channel, per channel, language and day of completion, and the excluded ones. Test responses never
 * count; an excluded response counts only as excluded.
 */
@ApplicationScoped
public class MonitorQueries {

    private static final TypeReference<List<String>> CATEGORIES = new TypeReference<>() {
    };

    private final DataSource database;
    private final ObjectMapper json;
    /** The grouped queries of one read run side by side on these. */
    private final ExecutorService queries = Executors.newFixedThreadPool(5, runnable -> {
        Thread thread = new Thread(runnable, "monitor-query");
        thread.setDaemon(true);
        return thread;
    });

    public MonitorQueries(DataSource database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    @PreDestroy
    void stop() {
        queries.shutdownNow();
    }

    /**
     * The study's counts now: the cells (with their opened and withdrawn counts), then three grouped
     * queries over the responses run side by side, each on its own connection (at a million
     * invitations each takes up to a tenth of a second; one after the other they would take the
     * sum). Each sees the data as it was when it ran.
     *
     * @param partialBefore a started, unfinished response last active before this instant is partial
     */
    public MonitorSnapshot read(String studyId, Instant partialBefore) {
        Map<Long, MonitorSnapshot.Cell> cells = new LinkedHashMap<>();
        cells(studyId).forEach(cell -> cells.put(cell.id(), cell));
        Timestamp before = Timestamp.from(partialBefore);
        String funnel = "count(*), count(first_saved_at), "
                + "sum(case when completed_at is null and first_saved_at is not null and updated_at < ? then 1 else 0 end), "
                + "count(completed_at) from response where study_id = ? and not test";
        CompletableFuture<List<Object[]>> byCell = grouped("select cell_id, channel, " + funnel
                + " group by cell_id, channel", before, studyId);
        // by channel, language and day of completion: the funnels per channel and language, and the completes per day
        CompletableFuture<List<Object[]>> byChannelLanguageAndDay = grouped("select channel, language, "
                + "cast(completed_at as date), " + funnel + " group by channel, language, cast(completed_at as date)",
                before, studyId);
        // excluded responses are few: counted apart, then taken out of started, partial and completed
        CompletableFuture<List<Object[]>> excluded = grouped("select cell_id, channel, language, cast(completed_at as date), "
                + funnel + " and excluded_at is not null group by cell_id, channel, language, cast(completed_at as date)",
                before, studyId);
        for (Object[] row : join(byCell)) {
            CellCounts counts = cell(cells, row[0]);
            if (counts != null) {
                counts.add(funnel((String) row[1], row, 2, 1));
            }
        }
        Map<String, CellCounts> channels = new TreeMap<>();
        Map<String, CellCounts> languages = new TreeMap<>();
        Map<LocalDate, Integer> completesPerDay = new TreeMap<>();
        for (Object[] row : join(byChannelLanguageAndDay)) {
            CellCounts counts = funnel((String) row[0], row, 3, 1);
            counts.opened = number(row[3]);
            channels.computeIfAbsent(((String) row[0]).toLowerCase(Locale.ROOT), c -> new CellCounts()).add(counts);
            languages.computeIfAbsent((String) row[1], l -> new CellCounts()).add(counts);
            if (row[2] != null) {
                completesPerDay.merge(((Date) row[2]).toLocalDate(), counts.completed(), Integer::sum);
            }
        }
        for (Object[] row : join(excluded)) {
            CellCounts counts = cell(cells, row[0]);
            if (counts != null) {
                counts.add(excludedOnes((String) row[1], row));
            }
            channels.computeIfAbsent(((String) row[1]).toLowerCase(Locale.ROOT), c -> new CellCounts())
                    .add(excludedOnes((String) row[1], row));
            languages.computeIfAbsent((String) row[2], l -> new CellCounts()).add(excludedOnes((String) row[1], row));
            if (row[3] != null) {
                completesPerDay.merge(((Date) row[3]).toLocalDate(), -number(row[7]), Integer::sum);
            }
        }
        completesPerDay.values().removeIf(count -> count == 0);
        return new MonitorSnapshot(new ArrayList<>(cells.values()), channels, languages, completesPerDay);
    }

    /** An excluded row's counts to add: out of started, partial and completed, into excluded; it was opened all the same. */
    private static CellCounts excludedOnes(String channel, Object[] row) {
        CellCounts counts = funnel(channel, row, 4, -1);
        counts.opened = 0;
        counts.excluded = number(row[4]);
        return counts;
    }

    /**
     * The funnel of one grouped row: {@code count(*), count(first_saved_at), partial, count(completed_at)}
     * from {@code at}, times {@code sign} (−1 takes excluded responses out). A respondent of an open start
     * (flyer, session, in person) or a typed-in paper form opened no invitation, so the response itself counts as
     * opened; an invited
     * one's opening is the invitation's.
     */
    private static CellCounts funnel(String channel, Object[] row, int at, int sign) {
        CellCounts counts = new CellCounts();
        boolean invited = Channel.valueOf(channel).invited();
        counts.opened = invited ? 0 : sign * number(row[at]);
        counts.started = sign * number(row[at + 1]);
        counts.partial = sign * number(row[at + 2]);
        counts.completed = sign * number(row[at + 3]);
        counts.completedInvited = invited ? counts.completed : 0;
        return counts;
    }

    /** Runs a grouped query on a connection of its own, the parameters bound in order. */
    private CompletableFuture<List<Object[]>> grouped(String sql, Object... parameters) {
        return CompletableFuture.supplyAsync(() -> {
            try (Connection connection = database.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setObject(i + 1, parameters[i]);
                }
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet result = select.executeQuery()) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        Object[] row = new Object[columns];
                        for (int c = 0; c < columns; c++) {
                            row[c] = result.getObject(c + 1);
                        }
                        rows.add(row);
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        }, queries);
    }

    private static List<Object[]> join(CompletableFuture<List<Object[]>> query) {
        try {
            return query.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("a monitor query failed", e.getCause());
        }
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    /** The study's cells with their population and invited counts, without the live counts. */
    public List<MonitorSnapshot.Cell> cells(String studyId) {
        List<MonitorSnapshot.Cell> cells = new ArrayList<>();
        for (Object[] row : join(grouped("select id, categories, population, invited, opened, withdrawn from study_cell where study_id = ? "
                + "order by id", studyId))) {
            CellCounts counts = new CellCounts();
            counts.population = number(row[2]);
            counts.invited = number(row[3]);
            counts.opened = number(row[4]);
            counts.withdrawn = number(row[5]);
            long id = ((Number) row[0]).longValue();
            cells.add(new MonitorSnapshot.Cell(id, categories((String) row[1]), counts));
        }
        return cells;
    }

    /**
     * The study's mailings, oldest first, each with how many of its recipients completed after it
     * was made (completed responses that count: not excluded, not a test).
     *
     * @return rows {id, created_at, channel, reminder, recipients, completed after}
     */
    public List<Object[]> waves(String studyId) {
        return join(grouped("select m.id, m.created_at, m.channel, m.reminder, m.recipients, "
                + "(select count(*) from mailing_recipient w join invitation i on i.id = w.invitation_id "
                + "join response r on r.id = i.response_id where w.mailing_id = m.id and r.completed_at > m.created_at "
                + "and r.excluded_at is null and not r.test) from mailing m where m.study_id = ? order by m.created_at, m.id",
                studyId));
    }

    /**
     * The completed responses that count (not excluded, not a test) and the cell each is in.
     *
     * @return pairs {response id, cell id}, by response id; responses without a cell are left out
     */
    public List<long[]> respondentCells(String studyId) {
        return join(grouped("select id, cell_id from response where study_id = ? and not test and completed_at is not null "
                + "and excluded_at is null and cell_id is not null order by id", studyId)).stream()
                .map(row -> new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()}).toList();
    }

    private static CellCounts cell(Map<Long, MonitorSnapshot.Cell> cells, Object id) {
        MonitorSnapshot.Cell cell = id == null ? null : cells.get(((Number) id).longValue());
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
