package dev.banksync.batch.importer;

import dev.banksync.batch.ledger.LedgerTransaction;
import dev.banksync.batch.ledger.LedgerWriter;
import dev.banksync.batch.ops.RejectedRecords;
import dev.banksync.batch.ops.RejectedRecords.Rejection;
import dev.banksync.batch.ops.RunCounts;
import dev.banksync.batch.ops.SyncRuns;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes one chunk in the chunk's database transaction: new ledger rows with their outbox events, rejected rows
 * into the quarantine, and the chunk's counts onto the sync run. Either all of it commits or none of it does.
 */
public class StatementImportWriter implements ItemWriter<ImportItem> {

    private final LedgerWriter ledger;
    private final RejectedRecords rejectedRecords;
    private final SyncRuns syncRuns;
    private final long runId;
    private final String fileName;

    public StatementImportWriter(LedgerWriter ledger, RejectedRecords rejectedRecords, SyncRuns syncRuns, long runId,
                                 String fileName) {
        this.ledger = ledger;
        this.rejectedRecords = rejectedRecords;
        this.syncRuns = syncRuns;
        this.runId = runId;
        this.fileName = fileName;
    }

    @Override
    public void write(Chunk<? extends ImportItem> chunk) {
        List<LedgerTransaction> accepted = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (ImportItem item : chunk) {
            if (item instanceof ImportItem.Accepted a) {
                accepted.add(a.transaction());
            } else {
                var row = ((ImportItem.Rejected) item).row();
                rejected.add(new Rejection(row.location(), row.field(), row.reason(), row.rawRecord()));
            }
        }
        int inserted = ledger.insertNew(accepted).size();
        rejectedRecords.add(runId, fileName, rejected);
        syncRuns.add(runId, RunCounts.ofImport(chunk.size(), inserted, accepted.size() - inserted, rejected.size()));
    }
}
