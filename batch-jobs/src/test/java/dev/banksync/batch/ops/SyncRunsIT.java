package dev.banksync.batch.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

@ExtendWith(BanksyncPostgres.class)
class SyncRunsIT {

    @Test
    void aResumedRunLastsWhatItsAttemptsTookNotTheTimeSinceTheFirst(TestDatabase db) {
        db.execute("INSERT INTO ledger.users (user_id) VALUES ('u1')");
        long connection = db.queryLong(
                "INSERT INTO ledger.bank_connections (user_id, provider) VALUES ('u1', 'p') RETURNING connection_id");
        SyncRuns runs = new SyncRuns(new JdbcTemplate(db.dataSource()));
        LocalDate day = LocalDate.of(2026, 1, 5);

        long run = runs.startConnection(connection, day, "06:00", null);
        runs.finish(run, SyncRun.Status.FAILED, "HTTP 503");
        // that attempt ran 06:00:00 to 06:00:02, six hours ago
        db.execute("UPDATE ops.sync_runs SET started_at = now() - interval '6 hours',"
                + " finished_at = now() - interval '6 hours' + interval '2 seconds' WHERE run_id = " + run);

        long resumed = runs.startConnection(connection, day, "06:00", null);
        runs.finish(resumed, SyncRun.Status.SUCCEEDED, null);

        SyncRun done = runs.find(resumed).orElseThrow();
        assertThat(resumed).isEqualTo(run);
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(done.durationMs()).as("2 s before, a moment now").isBetween(2_000L, 60_000L);
        assertThat(done.startedAt()).as("when the run began").isBefore(java.time.Instant.now().minusSeconds(3600));
    }
}
