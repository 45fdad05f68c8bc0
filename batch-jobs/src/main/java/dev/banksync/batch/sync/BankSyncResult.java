package dev.banksync.batch.sync;

import dev.banksync.batch.ops.SyncRun;
import java.time.LocalDate;
import java.util.List;

/**
 * What a launch of {@code bankSyncJob} did: the job's outcome and, per connection, its run in
 * {@code ops.sync_runs} (counts, duration and, for a failed one, the reason).
 *
 * @param jobExecutionId null when nothing was launched (already complete, or running elsewhere)
 */
public record BankSyncResult(LocalDate businessDate, String slot, Outcome outcome, Long jobExecutionId,
                             List<SyncRun> connections) {

    public enum Outcome {
        /** Every connection synced. */
        COMPLETED,
        /** At least one connection failed (the others completed); relaunching the slot retries only those. */
        FAILED,
        /** This slot had already completed: nothing was run again. */
        ALREADY_COMPLETE,
        /** Another process is running this slot right now. */
        RUNNING_ELSEWHERE
    }

    public BankSyncResult {
        connections = List.copyOf(connections);
    }

    public boolean succeeded() {
        return outcome == Outcome.COMPLETED || outcome == Outcome.ALREADY_COMPLETE;
    }

    public List<SyncRun> failedConnections() {
        return connections.stream().filter(r -> r.status() == SyncRun.Status.FAILED).toList();
    }
}
