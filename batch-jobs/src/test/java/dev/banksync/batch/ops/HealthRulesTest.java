package dev.banksync.batch.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.batch.outbox.OutboxRelay;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthRulesTest {

    private static final Instant NOW = Instant.parse("2026-01-05T07:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);
    private static final OutboxRelay.Backlog EMPTY = new OutboxRelay.Backlog(0, null, 0);

    @Test
    void aSlotAddsUpItsRunsAndKeepsEachFailureWithItsReason() {
        OpsHealth.SlotSummary slot = HealthRules.summarise(DAY, "06:00", List.of(
                run(1L, SyncRun.Status.SUCCEEDED, new RunCounts(10, 8, 1, 1, 0, 0, 0), null),
                run(2L, SyncRun.Status.FAILED, new RunCounts(3, 2, 0, 0, 0, 0, 1), "HTTP 503"),
                run(3L, SyncRun.Status.RUNNING, RunCounts.ZERO, null)));

        assertThat(slot).extracting(OpsHealth.SlotSummary::connections, OpsHealth.SlotSummary::succeeded,
                OpsHealth.SlotSummary::failed, OpsHealth.SlotSummary::running).containsExactly(3, 1, 1, 1);
        assertThat(slot.totals()).isEqualTo(new RunCounts(13, 10, 1, 1, 0, 0, 1));
        assertThat(slot.failures()).containsExactly(new OpsHealth.Failure(2L, "HTTP 503"));
    }

    @Test
    void aQuietSystemHasNoProblems() {
        OpsHealth.SlotSummary slot = HealthRules.summarise(DAY, "06:00",
                List.of(run(1L, SyncRun.Status.SUCCEEDED, RunCounts.ZERO, null)));

        assertThat(HealthRules.problems(NOW, 0, Duration.ofHours(24), 0, slot,
                new OutboxRelay.Backlog(5, NOW.minusSeconds(30), 0), Duration.ofMinutes(15))).isEmpty();
        assertThat(HealthRules.problems(NOW, 0, Duration.ofHours(24), 0, null, EMPTY, Duration.ofMinutes(15)))
                .as("before the first slot").isEmpty();
    }

    @Test
    void eachKindOfTroubleIsNamed() {
        OpsHealth.SlotSummary slot = HealthRules.summarise(DAY, "06:00",
                List.of(run(1L, SyncRun.Status.FAILED, RunCounts.ZERO, "LOGIN_REQUIRED")));

        List<String> problems = HealthRules.problems(NOW, 2, Duration.ofHours(24), 1, slot,
                new OutboxRelay.Backlog(40, NOW.minus(Duration.ofHours(1)), 3), Duration.ofMinutes(15));

        assertThat(problems).containsExactly(
                "1 of 1 connection(s) failed in slot 2026-01-05 06:00",
                "2 active connection(s) not synced for more than PT24H",
                "1 connection(s) in ERROR, out of the schedule until their user logs in again",
                "3 outbox row(s) set aside as dead: see ops.outbox.dead_reason, then banksync relay --requeue-dead",
                "the outbox relay is behind: 40 row(s) unsent, the oldest since 2026-01-05T06:00:00Z");
    }

    private static SyncRun run(Long connectionId, SyncRun.Status status, RunCounts counts, String error) {
        return new SyncRun(connectionId, null, "connection:" + connectionId, status, counts, error, NOW, null,
                connectionId, DAY, "06:00", 1, 1, null);
    }
}
