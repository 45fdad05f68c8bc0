package dev.banksync.batch.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** The relay's SQL over {@code ops.outbox}: which rows wait, and marking them sent or dead. */
final class OutboxTable {

    /** Rows pruned per transaction. */
    static final int PRUNE_SLICE = 10_000;

    /** Only one relay works at a time, cluster-wide: two relays taking alternate batches could reorder a user. */
    private static final long RELAY_LOCK = 0x62616e6b73796e63L; // "banksync"

    /** One outbox row to publish. */
    record Row(long id, String topic, String key, String payload) {
    }

    private final DataSource dataSource;

    OutboxTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    DataSource dataSource() {
        return dataSource;
    }

    static boolean tryRelayLock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            ps.setLong(1, RELAY_LOCK);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** The oldest rows neither sent nor dead, locked for this transaction. */
    static List<Row> lockUnsent(Connection c, int maxRows) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT outbox_id, topic, message_key, payload::text FROM ops.outbox
                WHERE sent_at IS NULL AND dead_at IS NULL ORDER BY outbox_id LIMIT ? FOR UPDATE SKIP LOCKED""")) {
            ps.setInt(1, maxRows);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return rows;
    }

    static void markSent(Connection c, long[] ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE ops.outbox SET sent_at = now() WHERE outbox_id = ANY(?)")) {
            ps.setObject(1, ids);
            ps.executeUpdate();
        }
    }

    static void markDead(Connection c, Map<Long, String> reasons) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE ops.outbox SET dead_at = now(), dead_reason = ? WHERE outbox_id = ?")) {
            for (Map.Entry<Long, String> dead : reasons.entrySet()) {
                ps.setString(1, dead.getValue());
                ps.setLong(2, dead.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Puts every dead row back in line (after the cause was fixed); returns how many. */
    int requeueDead() {
        return update("UPDATE ops.outbox SET dead_at = NULL, dead_reason = NULL WHERE dead_at IS NOT NULL");
    }

    OutboxRelay.Backlog backlog() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT count(*) FILTER (WHERE dead_at IS NULL),
                            min(created_at) FILTER (WHERE dead_at IS NULL),
                            count(*) FILTER (WHERE dead_at IS NOT NULL)
                     FROM ops.outbox WHERE sent_at IS NULL""");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            Timestamp oldest = rs.getTimestamp(2);
            return new OutboxRelay.Backlog(rs.getLong(1), oldest == null ? null : oldest.toInstant(), rs.getLong(3));
        } catch (SQLException e) {
            throw new IllegalStateException("outbox backlog query failed: " + e.getMessage(), e);
        }
    }

    /** Deletes one slice of rows sent longer ago than {@code retention}; dead and unsent rows are never pruned. */
    int pruneSlice(Duration retention) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     DELETE FROM ops.outbox WHERE outbox_id IN (
                         SELECT outbox_id FROM ops.outbox WHERE sent_at < now() - make_interval(secs => ?)
                         ORDER BY sent_at LIMIT ?)""")) {
            ps.setDouble(1, retention.toMillis() / 1000.0);
            ps.setInt(2, PRUNE_SLICE);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("outbox prune failed: " + e.getMessage(), e);
        }
    }

    private int update(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("outbox update failed: " + e.getMessage(), e);
        }
    }
}
