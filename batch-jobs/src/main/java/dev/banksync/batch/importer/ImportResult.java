package dev.banksync.batch.importer;

import dev.banksync.batch.ops.SyncRun;
import org.springframework.batch.core.BatchStatus;

/**
 * What an import did. The counts are those of its {@code ops.sync_runs} row: {@code fetched} data rows read,
 * {@code inserted} new ledger rows (each with one outbox event), {@code duplicatesIgnored} rows already in the
 * ledger, {@code rejected} rows quarantined in {@code ops.rejected_records}.
 *
 * @param runId  the sync run; null only when the job failed before it could record one
 * @param error  why it failed; null when it completed
 */
public record ImportResult(Long runId, long jobExecutionId, BatchStatus jobStatus, int fetched, int inserted,
                           int duplicatesIgnored, int rejected, String error) {

    static ImportResult of(long jobExecutionId, BatchStatus status, SyncRun run, String jobError) {
        if (run == null) {
            return new ImportResult(null, jobExecutionId, status, 0, 0, 0, 0, jobError);
        }
        var c = run.counts();
        return new ImportResult(run.runId(), jobExecutionId, status, c.fetched(), c.inserted(), c.duplicatesIgnored(),
                c.rejected(), run.error() != null ? run.error() : jobError);
    }

    public boolean succeeded() {
        return jobStatus == BatchStatus.COMPLETED;
    }
}
