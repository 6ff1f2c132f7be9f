package nl.stemmen.monitor.quality;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.stemmen.study.JdbcBatch;

/**
 * The response_flag rows of a study: replaced by each run of the checks. A flag that still holds keeps
 * the time it was first found (its detail is brought up to date), one that no longer holds is deleted,
 * a new one is added. Exclusions live on the response and are never touched here.
 */
final class ResponseFlags {

    /** A flag as stored, with when it was first found. */
    record Stored(Flag flag, OffsetDateTime flaggedAt) {
    }

    private record Key(long response, FlagKind kind) {
    }

    private ResponseFlags() {
    }

    /** Makes the study's flags exactly {@code found}; returns them as stored, by response and kind. */
    static List<Stored> replace(Connection connection, String study, List<Flag> found, Instant now) throws SQLException {
        Map<Key, Stored> before = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select f.response_id, f.flag, f.detail, f.flagged_at "
                + "from response_flag f join response r on r.id = f.response_id where r.study_id = ?")) {
            select.setString(1, study);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Flag flag = new Flag(rows.getLong(1), FlagKind.ofCode(rows.getString(2)), rows.getString(3));
                    before.put(new Key(flag.response(), flag.kind()), new Stored(flag, rows.getObject(4, OffsetDateTime.class)));
                }
            }
        }
        OffsetDateTime flaggedNow = now.atOffset(ZoneOffset.UTC);
        List<Stored> after = new ArrayList<>();
        List<Flag> added = new ArrayList<>();
        List<Flag> changed = new ArrayList<>();
        for (Flag flag : found) {
            Stored old = before.remove(new Key(flag.response(), flag.kind()));
            if (old == null) {
                added.add(flag);
            } else if (!old.flag().detail().equals(flag.detail())) {
                changed.add(flag);
            }
            after.add(new Stored(flag, old == null ? flaggedNow : old.flaggedAt()));
        }
        try (PreparedStatement delete = connection.prepareStatement("delete from response_flag where response_id = ? and flag = ?")) {
            JdbcBatch.execute(delete, before.keySet(), (statement, key) -> {
                statement.setLong(1, key.response());
                statement.setString(2, key.kind().code());
            });
        }
        try (PreparedStatement update = connection.prepareStatement("update response_flag set detail = ? where response_id = ? and flag = ?")) {
            JdbcBatch.execute(update, changed, (statement, flag) -> {
                statement.setString(1, flag.detail());
                statement.setLong(2, flag.response());
                statement.setString(3, flag.kind().code());
            });
        }
        // a response withdrawn (deleted) while the checks ran gets no flag rather than failing the run
        try (PreparedStatement insert = connection.prepareStatement("insert into response_flag (response_id, flag, detail, flagged_at) "
                + "select id, ?, ?, ? from response where id = ?")) {
            Timestamp at = Timestamp.from(now);
            JdbcBatch.execute(insert, added, (statement, flag) -> {
                statement.setString(1, flag.kind().code());
                statement.setString(2, flag.detail());
                statement.setTimestamp(3, at);
                statement.setLong(4, flag.response());
            });
        }
        after.sort((a, b) -> a.flag().response() != b.flag().response() ? Long.compare(a.flag().response(), b.flag().response())
                : a.flag().kind().compareTo(b.flag().kind()));
        return after;
    }
}
