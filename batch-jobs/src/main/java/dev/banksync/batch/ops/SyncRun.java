package dev.banksync.batch.ops;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of {@code ops.sync_runs}. {@code finishedAt}, {@code error} and {@code durationMs} are null while it runs;
 * {@code connectionId}, {@code businessDate} and {@code slot} are null for file imports.
 */
public record SyncRun(long runId, Long jobExecutionId, String source, Status status, RunCounts counts, String error,
                      Instant startedAt, Instant finishedAt, Long connectionId, LocalDate businessDate, String slot,
                      int attempts, int pages, Long durationMs) {

    public enum Status { RUNNING, SUCCEEDED, FAILED }
}
