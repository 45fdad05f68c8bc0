package dev.banksync.batch.ops;

import dev.banksync.batch.outbox.OutboxRelay;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an operator checks after a sync slot, in one read: how the latest scheduled slot went per connection,
 * which active connections have not synced for too long, which wait for their user to log in again, how far the outbox relay is behind (and whether rows
 * were set aside as dead), and how many records were quarantined lately. {@link Report#problems()} lists what
 * needs a person, in words.
 */
public final class OpsHealth {

    /** The latest scheduled slot: its connection runs by outcome, their totals, and each failure's reason. */
    public record SlotSummary(LocalDate businessDate, String slot, int connections, int succeeded, int failed,
                              int running, RunCounts totals, List<Failure> failures) {
    }

    /** A connection whose run failed, and why (already free of secrets: errors are recorded without tokens). */
    public record Failure(Long connectionId, String error) {
    }

    /** The whole picture; {@code latestSlot} is null before the first scheduled sync. */
    public record Report(Instant at, int activeConnections, int staleConnections, int connectionsInError,
                         SlotSummary latestSlot,
                         OutboxRelay.Backlog outbox, long rejectedRecentRecords, List<String> problems) {

        public boolean healthy() {
            return problems.isEmpty();
        }
    }

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final SyncRuns runs;
    private final Clock clock;

    public OpsHealth(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.runs = new SyncRuns(jdbc);
        this.clock = clock;
    }

    /**
     * @param staleAfter   an active connection not synced for longer is stale (three slots a day: 24 h is generous)
     * @param outboxLagMax an unsent outbox row older than this means the relay is behind or down
     * @param recent       how far back quarantined records are counted
     */
    public Report read(Duration staleAfter, Duration outboxLagMax, Duration recent) {
        Instant now = clock.instant();
        int active = count("SELECT count(*) FROM ledger.bank_connections WHERE status = 'ACTIVE'");
        int stale = count("SELECT count(*) FROM ledger.bank_connections WHERE status = 'ACTIVE' "
                + "AND coalesce(last_synced_at, created_at) < ?", Timestamp.from(now.minus(staleAfter)));
        int inError = count("SELECT count(*) FROM ledger.bank_connections WHERE status = 'ERROR'");
        SlotSummary slot = latestSlot();
        OutboxRelay.Backlog outbox = OutboxRelay.backlog(dataSource);
        long rejected = count("SELECT count(*) FROM ops.rejected_records WHERE created_at >= ?",
                Timestamp.from(now.minus(recent)));
        return new Report(now, active, stale, inError, slot, outbox, rejected,
                HealthRules.problems(now, stale, staleAfter, inError, slot, outbox, outboxLagMax));
    }

    private SlotSummary latestSlot() {
        List<SlotKey> latest = jdbc.query("""
                SELECT business_date, slot FROM ops.sync_runs
                WHERE connection_id IS NOT NULL AND slot IS NOT NULL AND slot NOT LIKE 'manual:%'
                ORDER BY business_date DESC, slot DESC LIMIT 1""",
                (rs, i) -> new SlotKey(rs.getObject(1, LocalDate.class), rs.getString(2)));
        if (latest.isEmpty()) {
            return null;
        }
        SlotKey key = latest.get(0);
        return HealthRules.summarise(key.businessDate(), key.slot(), runs.forSlot(key.businessDate(), key.slot()));
    }

    private int count(String sql, Object... parameters) {
        Integer n = jdbc.queryForObject(sql, Integer.class, parameters);
        return n == null ? 0 : n;
    }

    private record SlotKey(LocalDate businessDate, String slot) {
    }
}
