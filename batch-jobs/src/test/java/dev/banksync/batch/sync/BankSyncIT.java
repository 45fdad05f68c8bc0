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
    void syncsEveryConnectionToTheBanksTruthAndARelaunchedSlotDoesNothing(TestDatabase db) {
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
            ids.forEach((sandboxId, id) -> assertThat(LiveTransaction.ledger(h.sql, id)).as(sandboxId)
                    .containsExactlyInAnyOrderElementsOf(LiveTransaction.truth(h.bank.groundTruth(sandboxId))));
            long rows = h.count("ledger.transactions");
            long events = h.count("ops.outbox");

            BankSyncResult again = h.service().syncAll(DAY, "06:00");

            assertThat(again.outcome()).isEqualTo(BankSyncResult.Outcome.ALREADY_COMPLETE);
            assertThat(h.count("ledger.transactions")).isEqualTo(rows);
            assertThat(h.count("ops.outbox")).isEqualTo(events);
        }
    }
}
