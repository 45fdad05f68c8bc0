package dev.banksync.batch.ops;

import java.time.Instant;

/** A row of {@code ops.sync_runs}. {@code finishedAt} and {@code error} are null while it runs. */
public record SyncRun(long runId, Long jobExecutionId, String source, Status status, RunCounts counts, String error,
                      Instant startedAt, Instant finishedAt) {

    public enum Status { RUNNING, SUCCEEDED, FAILED }
}
