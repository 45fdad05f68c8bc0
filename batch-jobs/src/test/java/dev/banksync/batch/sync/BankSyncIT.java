package dev.banksync.batch.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.batch.ops.SyncRun;
import dev.banksync.sandbox.SandboxConfig;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** bankSyncJob against an embedded sandbox bank on a real PostgreSQL. */
@ExtendWith(BanksyncPostgres.class)
class BankSyncIT {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

    @Test
    void syncsEveryConnectionToTheBanksTruthAndReRunsChangeNothing(TestDatabase db) {
        try (SyncHarness h = SyncHarness.start(db, SandboxConfig.defaults().withUsers(4).withHistoryDays(30))) {
            Map<String, Long> ids = h.link("sandbox", 4);

            BankSyncResult result = h.service().syncAll(DAY, "06:00");

            assertThat(result.outcome()).as(result.toString()).isEqualTo(BankSyncResult.Outcome.COMPLETED);
            assertThat(result.connections()).hasSize(4).allSatisfy(run -> {
                assertThat(run.status()).isEqualTo(SyncRun.Status.SUCCEEDED);
                assertThat(run.counts().inserted()).isPositive();
                assertThat(run.pages()).isPositive();
                assertThat(run.durationMs()).isNotNull();
            });
            assertLedgerEqualsTruth(h, ids);
            long rows = h.count("ledger.transactions");
            long events = h.count("ops.outbox");

            for (int i = 0; i < 3; i++) {
                assertThat(h.service().syncAll(DAY, "06:00").outcome()).as("the same slot again")
                        .isEqualTo(BankSyncResult.Outcome.ALREADY_COMPLETE);
                ids.values().forEach(id -> assertThat(h.service().syncConnection(id).connections())
                        .singleElement().satisfies(run -> {
                            assertThat(run.status()).isEqualTo(SyncRun.Status.SUCCEEDED);
                            assertThat(run.counts().inserted() + run.counts().updated() + run.counts().removed())
                                    .as("a sync with nothing new at the bank").isZero();
                        }));
            }
            assertThat(h.count("ledger.transactions")).isEqualTo(rows);
            assertThat(h.count("ops.outbox")).isEqualTo(events);
        }
    }

    @Test
    void replayingTheWholeHistoryFromAnEmptyCursorAddsNoRows(TestDatabase db) {
        try (SyncHarness h = SyncHarness.start(db, SandboxConfig.defaults().withUsers(3).withHistoryDays(30))) {
            Map<String, Long> ids = h.link("sandbox", 3);
            h.service().syncAll(DAY, "06:00");
            h.bank.advanceDays(2);
            h.service().syncAll(DAY.plusDays(2), "06:00");
            long rows = h.count("ledger.transactions");

            h.sql.update("UPDATE ledger.bank_connections SET sync_cursor = NULL");
            BankSyncResult replay = h.service().syncAll(DAY.plusDays(2), "12:00");

            assertThat(replay.outcome()).isEqualTo(BankSyncResult.Outcome.COMPLETED);
            assertThat(replay.connections()).allSatisfy(run -> assertThat(run.counts().inserted()).isZero());
            assertThat(h.count("ledger.transactions")).isEqualTo(rows);
            assertLedgerEqualsTruth(h, ids);
        }
    }

    @Test
    void aSnapshotProviderKeepsTheWindowEqualToTheBankAndRemovesWhatLeftIt(TestDatabase db) {
        try (SyncHarness h = SyncHarness.start(db, SandboxConfig.defaults().withUsers(2).withHistoryDays(60))) {
            Map<String, Long> ids = h.link("sandbox-window", 2);
            for (int day = 0; day < 3; day++) {
                if (day > 0) {
                    h.bank.advanceDays(2);
                }
                BankSyncResult result = h.service().syncAll(h.bank.today(), "06:00");

                assertThat(result.outcome()).as(result.toString()).isEqualTo(BankSyncResult.Outcome.COMPLETED);
                ids.forEach((sandboxId, id) -> {
                    var truth = LiveTransaction.truth(h.bank.groundTruth(sandboxId));
                    LocalDate to = truth.stream().map(t -> LocalDate.parse(t.date())).max(LocalDate::compareTo)
                            .orElseThrow();
                    LocalDate from = to.minusDays(29); // the window: the last 30 days, its last day included
                    assertThat(inWindow(LiveTransaction.ledger(h.sql, id), from, to)).as(sandboxId)
                            .containsExactlyInAnyOrderElementsOf(inWindow(truth, from, to));
                });
            }
            assertThat(h.sql.queryForObject("SELECT sum(removed) + sum(pending_posted) FROM ops.sync_runs",
                    Long.class)).as("pendings that left the window were noticed").isPositive();
        }
    }

    private static java.util.List<LiveTransaction> inWindow(java.util.Set<LiveTransaction> all, LocalDate from,
                                                            LocalDate to) {
        return all.stream().filter(t -> !LocalDate.parse(t.date()).isBefore(from)
                && !LocalDate.parse(t.date()).isAfter(to)).toList();
    }

    private static void assertLedgerEqualsTruth(SyncHarness h, Map<String, Long> ids) {
        ids.forEach((sandboxId, id) -> assertThat(LiveTransaction.ledger(h.sql, id)).as(sandboxId)
                .containsExactlyInAnyOrderElementsOf(LiveTransaction.truth(h.bank.groundTruth(sandboxId))));
    }
}
