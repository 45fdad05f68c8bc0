package dev.banksync.batch.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.batch.ops.OpsHealth;
import dev.banksync.batch.ops.SyncRun;
import dev.banksync.batch.sync.connection.BankConnection;
import dev.banksync.batch.sync.token.AccessToken;
import dev.banksync.sandbox.SandboxConfig;
import dev.banksync.sandbox.connection.Connection;
import dev.banksync.sandbox.fault.FaultKind;
import dev.banksync.sandbox.fault.FaultRule;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every fault the sandbox can inject, at once: each connection either converges to the bank's truth within the
 * retry policy, or is reported failed with its reason (never "succeeded" with a partial ledger); and once the
 * faults are gone and the user has logged in again, a relaunch brings every connection to the truth.
 */
@ExtendWith(BanksyncPostgres.class)
class SyncFaultsIT {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);
    private static final String EXPIRED = "conn-00002";

    @Test
    void withEveryFaultOnEachConnectionConvergesOrFailsWithItsReason(TestDatabase db) {
        List<FaultRule> faults = List.of(
                FaultRule.of(FaultKind.EXPIRED_TOKEN).forConnection(EXPIRED),
                FaultRule.of(FaultKind.RATE_LIMIT).withRate(0.1).withRetryAfter(1),
                FaultRule.of(FaultKind.SERVER_ERROR).withRate(0.08).withStatus(503),
                FaultRule.of(FaultKind.SERVER_ERROR).withRate(0.05),
                FaultRule.of(FaultKind.TIMEOUT).withRate(0.03).withDelay(Duration.ofSeconds(3)),
                FaultRule.of(FaultKind.SLOW).withRate(0.1).withDelay(Duration.ofMillis(300)),
                FaultRule.of(FaultKind.MALFORMED_JSON).withRate(0.08),
                FaultRule.of(FaultKind.MUTATION_DURING_PAGINATION).withRate(0.25));
        try (SyncHarness h = SyncHarness.start(db,
                SandboxConfig.defaults().withUsers(6).withHistoryDays(20).withFaults(faults),
                "banksync.sync.sandbox.page-size=20", "banksync.sync.pages-per-commit=2",
                "banksync.sync.sandbox.request-timeout=1s", "banksync.sync.retry.max-attempts=8",
                "banksync.sync.circuit.minimum-calls=1000")) {
            Map<String, Long> ids = h.link("sandbox", 6);

            BankSyncResult faulty = h.service().syncAll(DAY, "06:00");

            assertThat(faulty.connections()).hasSize(6);
            for (SyncRun run : faulty.connections()) {
                String sandboxId = sandboxId(ids, run.connectionId());
                if (run.status() == SyncRun.Status.SUCCEEDED) {
                    assertThat(LiveTransaction.ledger(h.sql, run.connectionId())).as(sandboxId)
                            .containsExactlyInAnyOrderElementsOf(LiveTransaction.truth(h.bank.groundTruth(sandboxId)));
                } else {
                    assertThat(run.error()).as(sandboxId).isNotBlank();
                }
            }
            SyncRun expired = run(faulty, ids.get(EXPIRED));
            assertThat(expired.status()).isEqualTo(SyncRun.Status.FAILED);
            assertThat(expired.error()).contains("LOGIN_REQUIRED").contains("ITEM_LOGIN_REQUIRED");
            BankConnection waiting = h.connections().find(ids.get(EXPIRED)).orElseThrow();
            assertThat(waiting.status()).as("out of the schedule until the user logs in again").isEqualTo("ERROR");
            assertThat(faulty.connections().stream().filter(r -> r.status() == SyncRun.Status.SUCCEEDED))
                    .as("the retry policy rides out the transient faults").hasSizeGreaterThanOrEqualTo(3);
            assertThat(faulty.outcome()).isEqualTo(BankSyncResult.Outcome.FAILED);
            OpsHealth.Report report = health(db);
            long failed = faulty.connections().stream().filter(r -> r.status() == SyncRun.Status.FAILED).count();
            assertThat(report.latestSlot()).extracting(OpsHealth.SlotSummary::connections,
                    OpsHealth.SlotSummary::failed).containsExactly(6, (int) failed);
            assertThat(report.latestSlot().failures()).extracting(OpsHealth.Failure::connectionId)
                    .contains(ids.get(EXPIRED));
            assertThat(report.connectionsInError()).isEqualTo(1);
            assertThat(report.problems()).anyMatch(p -> p.startsWith(failed + " of 6 connection(s) failed in slot "
                    + "2026-01-05 06:00")).anyMatch(p -> p.startsWith("1 connection(s) in ERROR"));

            h.bank.faults().clear();
            Connection user = h.bank.bank().connection(EXPIRED);
            h.connections().replaceToken(ids.get(EXPIRED), AccessToken.of(user.accessToken()));
            BankSyncResult resumed = h.service().syncAll(DAY, "06:00");

            assertThat(resumed.outcome()).as(resumed.toString()).isEqualTo(BankSyncResult.Outcome.COMPLETED);
            assertThat(run(resumed, ids.get(EXPIRED)).attempts()).as("the same run, resumed").isEqualTo(2);
            ids.forEach((sandboxId, id) -> assertThat(LiveTransaction.ledger(h.sql, id)).as(sandboxId)
                    .containsExactlyInAnyOrderElementsOf(LiveTransaction.truth(h.bank.groundTruth(sandboxId))));
            OpsHealth.Report healed = health(db);
            assertThat(healed.problems()).isEmpty();
            assertThat(healed.latestSlot().succeeded()).isEqualTo(6);
            assertThat(healed.latestSlot().totals().inserted()).isPositive();
            assertThat(healed.outbox().unsent()).as("no relay ran in this test").isPositive();
        }
    }

    private static OpsHealth.Report health(TestDatabase db) {
        return new OpsHealth(db.dataSource(), java.time.Clock.systemUTC())
                .read(Duration.ofHours(24), Duration.ofMinutes(15), Duration.ofDays(1));
    }

    private static SyncRun run(BankSyncResult result, long connectionId) {
        return result.connections().stream().filter(r -> r.connectionId() == connectionId).findFirst().orElseThrow();
    }

    private static String sandboxId(Map<String, Long> ids, long connectionId) {
        return ids.entrySet().stream().filter(e -> e.getValue() == connectionId).findFirst().orElseThrow().getKey();
    }
}
