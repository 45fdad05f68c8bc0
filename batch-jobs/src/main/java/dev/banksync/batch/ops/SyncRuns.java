package dev.banksync.batch.ops;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The record of each sync or import in {@code ops.sync_runs}. Counts are added in the same transaction as the rows
 * they count, so after a crash the run shows exactly what was committed.
 */
public class SyncRuns {

    private final JdbcTemplate jdbc;

    public SyncRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param source {@code connection:<id>} or {@code file:<name>} */
    public long start(String source, Long jobExecutionId) {
        return jdbc.queryForObject(
                "INSERT INTO ops.sync_runs (source, job_execution_id) VALUES (?, ?) RETURNING run_id",
                Long.class, source, jobExecutionId);
    }

    /**
     * The run of one bank connection in one slot ({@code connection:<id>}): created at the first start, and on a
     * restart of the same slot (after a crash or a failure) resumed, with its counts kept and one more attempt; its
     * duration is the time its attempts spent, not the time since the first one.
     */
    public long startConnection(long connectionId, LocalDate businessDate, String slot, Long jobExecutionId) {
        return jdbc.queryForObject("""
                INSERT INTO ops.sync_runs (connection_id, source, business_date, slot, job_execution_id)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (connection_id, business_date, slot) WHERE connection_id IS NOT NULL AND slot IS NOT NULL
                DO UPDATE SET status = 'RUNNING', attempts = ops.sync_runs.attempts + 1, error = NULL,
                    earlier_attempts_ms = ops.sync_runs.earlier_attempts_ms + coalesce((extract(epoch FROM
                        (ops.sync_runs.finished_at - coalesce(ops.sync_runs.attempt_started_at,
                            ops.sync_runs.started_at))) * 1000)::bigint, 0),
                    attempt_started_at = now(), finished_at = NULL, job_execution_id = EXCLUDED.job_execution_id
                RETURNING run_id""", Long.class, connectionId, "connection:" + connectionId, businessDate, slot,
                jobExecutionId);
    }

    public void add(long runId, RunCounts delta) {
        add(runId, delta, 0);
    }

    /** Adds a committed batch's counts (and how many provider pages it held), in the caller's transaction. */
    public void add(long runId, RunCounts delta, int pages) {
        int updated = jdbc.update("""
                UPDATE ops.sync_runs SET fetched = fetched + ?, inserted = inserted + ?, updated = updated + ?,
                    pending_posted = pending_posted + ?, removed = removed + ?,
                    duplicates_ignored = duplicates_ignored + ?, rejected = rejected + ?, pages = pages + ?
                WHERE run_id = ?""", delta.fetched(), delta.inserted(), delta.updated(), delta.pendingPosted(),
                delta.removed(), delta.duplicatesIgnored(), delta.rejected(), pages, runId);
        requireRow(updated, runId);
    }

    /** @param error null when it succeeded */
    public void finish(long runId, SyncRun.Status status, String error) {
        int updated = jdbc.update(
                "UPDATE ops.sync_runs SET status = ?, error = ?, finished_at = now() WHERE run_id = ?",
                status.name(), error, runId);
        requireRow(updated, runId);
    }

    public Optional<SyncRun> find(long runId) {
        List<SyncRun> runs = jdbc.query("SELECT * FROM ops.sync_runs WHERE run_id = ?", SyncRuns::map, runId);
        return runs.stream().findFirst();
    }

    /** The connection runs of one slot, by connection. */
    public List<SyncRun> forSlot(LocalDate businessDate, String slot) {
        return jdbc.query("SELECT * FROM ops.sync_runs WHERE business_date = ? AND slot = ? ORDER BY connection_id",
                SyncRuns::map, businessDate, slot);
    }

    private static SyncRun map(ResultSet rs, int row) throws SQLException {
        RunCounts counts = new RunCounts(rs.getInt("fetched"), rs.getInt("inserted"), rs.getInt("updated"),
                rs.getInt("pending_posted"), rs.getInt("removed"), rs.getInt("duplicates_ignored"),
                rs.getInt("rejected"));
        long jobExecutionId = rs.getLong("job_execution_id");
        Long jobExecution = rs.wasNull() ? null : jobExecutionId;
        Timestamp finished = rs.getTimestamp("finished_at");
        long connectionId = rs.getLong("connection_id");
        Long connection = rs.wasNull() ? null : connectionId;
        long durationMs = rs.getLong("duration_ms");
        Long duration = rs.wasNull() ? null : durationMs;
        return new SyncRun(rs.getLong("run_id"), jobExecution, rs.getString("source"),
                SyncRun.Status.valueOf(rs.getString("status")), counts, rs.getString("error"),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                connection, rs.getObject("business_date", LocalDate.class), rs.getString("slot"),
                rs.getInt("attempts"), rs.getInt("pages"), duration);
    }

    private static void requireRow(int updated, long runId) {
        if (updated != 1) {
            throw new IllegalStateException("no sync run " + runId);
        }
    }
}
