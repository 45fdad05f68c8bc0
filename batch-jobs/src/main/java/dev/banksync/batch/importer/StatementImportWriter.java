package dev.banksync.batch.importer;

import dev.banksync.batch.ledger.LedgerTransaction;
import dev.banksync.batch.ops.RejectedRecords;
import dev.banksync.batch.ops.RejectedRecords.Rejection;
import dev.banksync.batch.ops.RunCounts;
import dev.banksync.batch.ops.SyncRuns;
import dev.banksync.batch.reconcile.IncomingChange;
import dev.banksync.batch.reconcile.IncomingTransaction;
import dev.banksync.batch.reconcile.ReconcileBatch;
import dev.banksync.batch.reconcile.Reconciler;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes one chunk in the chunk's database transaction: the statement lines go through the matching engine (new
 * lines become ledger rows with their outbox events; lines already in the ledger, from this file or from an API
 * sync of the same account, are counted as duplicates), rejected rows go into the quarantine and the chunk's
 * counts onto the sync run. Either all of it commits or none of it does.
 */
public class StatementImportWriter implements ItemWriter<ImportItem> {

    private final Reconciler reconciler;
    private final RejectedRecords rejectedRecords;
    private final SyncRuns syncRuns;
    private final long runId;
    private final String fileName;
    private final String source;

    /** @param source the ledger source of the file's rows, {@code file:<format>} */
    public StatementImportWriter(Reconciler reconciler, RejectedRecords rejectedRecords, SyncRuns syncRuns,
                                 long runId, String fileName, String source) {
        this.reconciler = reconciler;
        this.rejectedRecords = rejectedRecords;
        this.syncRuns = syncRuns;
        this.runId = runId;
        this.fileName = fileName;
        this.source = source;
    }

    @Override
    public void write(Chunk<? extends ImportItem> chunk) {
        List<IncomingChange> accepted = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (ImportItem item : chunk) {
            if (item instanceof ImportItem.Accepted a) {
                accepted.add(upsert(a.transaction()));
            } else {
                var row = ((ImportItem.Rejected) item).row();
                rejected.add(new Rejection(row.location(), row.field(), row.reason(), row.rawRecord()));
            }
        }
        RunCounts reconciled = reconciler.reconcile(ReconcileBatch.of(source, accepted));
        rejectedRecords.add(runId, fileName, rejected);
        syncRuns.add(runId, RunCounts.ofImport(chunk.size(), reconciled.inserted(),
                accepted.size() - reconciled.inserted(), rejected.size()));
    }

    private static IncomingChange upsert(LedgerTransaction t) {
        return new IncomingChange.Upsert(new IncomingTransaction(t.accountId(), t.userId(), t.externalId(), null,
                t.status(), t.bookingDate(), t.valueDate(), null, t.amount(), t.description(), t.merchant(), t.mcc()));
    }
}
