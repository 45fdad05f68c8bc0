package dev.banksync.batch.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.core.db.DbSettings;
import dev.banksync.sandbox.SandboxBank;
import dev.banksync.sandbox.SandboxConfig;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import dev.banksync.testkit.postgres.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A large sync runs in a child JVM and is killed with SIGKILL part-way; a relaunch of the same slot recovers the
 * crashed execution and finishes it. The ledger, the outbox and even the page counts then equal those of an
 * uninterrupted run of the same slot into a second database: nothing was lost, nothing applied twice.
 */
@ExtendWith(BanksyncPostgres.class)
class CrashRecoveryIT {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);
    private static final String SLOT = "06:00";
    private static final int USERS = 16;
    private static final String[] SETTINGS = {"banksync.sync.sandbox.page-size=40",
            "banksync.sync.pages-per-commit=1", "banksync.sync.parallelism=2"};

    @Test
    void aSyncKilledMidRunResumesToExactlyTheLedgerOfAnUninterruptedRun(TestDatabase crashed) throws Exception {
        try (SandboxBank bank = SandboxBank.start(SandboxConfig.defaults().withUsers(USERS).withHistoryDays(90));
             TestDatabase reference = TestDatabases.create("crash_reference")) {
            long pages;
            long fetched;
            try (SyncHarness h = SyncHarness.on(reference, bank, SETTINGS)) {
                h.link("sandbox", USERS);
                assertThat(h.service().syncAll(DAY, SLOT).outcome()).isEqualTo(BankSyncResult.Outcome.COMPLETED);
                pages = pages(reference);
                fetched = fetched(reference);
            }
            try (SyncHarness h = SyncHarness.on(crashed, bank, SETTINGS)) {
                h.link("sandbox", USERS);
            }

            Path log = Files.createTempFile("crash-child", ".log");
            Process child = startChild(crashed, bank, log);
            awaitCommittedPages(crashed, pages / 3, child, log);
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block, no last commit
            child.waitFor();

            assertThat(pages(crashed)).as("killed part-way").isLessThan(pages);
            assertThat(new JdbcTemplate(crashed.dataSource()).queryForObject(
                    "SELECT count(*) FROM ops.sync_runs WHERE status = 'RUNNING'", Long.class)).isPositive();
            try (SyncHarness h = SyncHarness.on(crashed, bank, SETTINGS)) {
                BankSyncResult resumed = h.service().syncAll(DAY, SLOT);

                assertThat(resumed.outcome()).as(resumed.toString()).isEqualTo(BankSyncResult.Outcome.COMPLETED);
                assertThat(resumed.connections()).hasSize(USERS).anyMatch(run -> run.attempts() == 2);
            }
            assertThat(ledger(crashed)).containsExactlyInAnyOrderElementsOf(ledger(reference));
            assertThat(events(crashed)).containsExactlyInAnyOrderElementsOf(events(reference));
            assertThat(fetched(crashed)).as("every fetched row committed exactly once").isEqualTo(fetched);
            // A connection killed after committing its last page but before being marked done asks the bank once
            // more on resume and commits that empty page: at most one extra page per resumed connection.
            long resumed = crashed.queryLong("SELECT count(*) FROM ops.sync_runs WHERE attempts > 1");
            assertThat(pages(crashed)).as("every page committed once, plus at most one empty re-check per resume")
                    .isBetween(pages, pages + resumed);
        }
    }

    private static Process startChild(TestDatabase db, SandboxBank bank, Path log) throws Exception {
        DbSettings writer = db.loginAs("banksync_batch_writer");
        DbSettings owner = db.settings();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), SyncChildProcess.class.getName(),
                writer.url(), writer.user(), writer.password(), owner.user(),
                owner.password() == null ? "" : owner.password(), DAY.toString(), SLOT));
        command.addAll(List.of(SyncHarness.properties(bank, SETTINGS)));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitCommittedPages(TestDatabase db, long atLeast, Process child, Path log)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (pages(db) < atLeast) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                child.destroyForcibly();
                throw new AssertionError("the child sync " + (child.isAlive() ? "made too little progress" : "ended")
                        + " before it could be killed; its output:\n" + Files.readString(log));
            }
            Thread.sleep(20);
        }
    }

    private static long pages(TestDatabase db) {
        return db.queryLong("SELECT coalesce(sum(pages), 0) FROM ops.sync_runs");
    }

    private static long fetched(TestDatabase db) {
        return db.queryLong("SELECT coalesce(sum(fetched), 0) FROM ops.sync_runs");
    }

    private static List<String> ledger(TestDatabase db) {
        return new JdbcTemplate(db.dataSource()).queryForList("""
                SELECT concat_ws('|', transaction_id, external_id, status, booking_date, amount_minor, description,
                                 merchant, version, removed_at IS NOT NULL, replaces)
                FROM ledger.transactions""", String.class);
    }

    private static List<String> events(TestDatabase db) {
        return new JdbcTemplate(db.dataSource()).queryForList("""
                SELECT concat_ws('|', payload->>'transactionId', payload->>'version', payload->>'type',
                                 payload->>'amountMinor', payload->>'replaces')
                FROM ops.outbox""", String.class);
    }
}
