package dev.banksync.batch.ops;

import dev.banksync.batch.outbox.OutboxRelay;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The plain rules of {@link OpsHealth}: how runs add up to a slot, and what counts as a problem. */
final class HealthRules {

    private HealthRules() {
    }

    static OpsHealth.SlotSummary summarise(LocalDate businessDate, String slot, List<SyncRun> runs) {
        int succeeded = 0;
        int failed = 0;
        int running = 0;
        RunCounts totals = RunCounts.ZERO;
        List<OpsHealth.Failure> failures = new ArrayList<>();
        for (SyncRun run : runs) {
            totals = totals.plus(run.counts());
            switch (run.status()) {
                case SUCCEEDED -> succeeded++;
                case RUNNING -> running++;
                case FAILED -> {
                    failed++;
                    failures.add(new OpsHealth.Failure(run.connectionId(), run.error()));
                }
            }
        }
        return new OpsHealth.SlotSummary(businessDate, slot, runs.size(), succeeded, failed, running, totals,
                List.copyOf(failures));
    }

    static List<String> problems(Instant now, int staleConnections, Duration staleAfter, int connectionsInError,
                                 OpsHealth.SlotSummary slot, OutboxRelay.Backlog outbox, Duration outboxLagMax) {
        List<String> problems = new ArrayList<>();
        if (slot != null && slot.failed() > 0) {
            problems.add(slot.failed() + " of " + slot.connections() + " connection(s) failed in slot "
                    + slot.businessDate() + " " + slot.slot());
        }
        if (staleConnections > 0) {
            problems.add(staleConnections + " active connection(s) not synced for more than " + staleAfter);
        }
        if (connectionsInError > 0) {
            problems.add(connectionsInError + " connection(s) in ERROR, out of the schedule until their user logs in "
                    + "again");
        }
        if (outbox.dead() > 0) {
            problems.add(outbox.dead() + " outbox row(s) set aside as dead: see ops.outbox.dead_reason, then "
                    + "banksync relay --requeue-dead");
        }
        if (outbox.oldestCreatedAt() != null && outbox.oldestCreatedAt().isBefore(now.minus(outboxLagMax))) {
            problems.add("the outbox relay is behind: " + outbox.unsent() + " row(s) unsent, the oldest since "
                    + outbox.oldestCreatedAt());
        }
        return List.copyOf(problems);
    }
}
