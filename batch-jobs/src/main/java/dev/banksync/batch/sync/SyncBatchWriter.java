package dev.banksync.batch.sync;

import dev.banksync.batch.ops.RejectedRecords;
import dev.banksync.batch.ops.RunCounts;
import dev.banksync.batch.ops.SyncRuns;
import dev.banksync.batch.reconcile.ReconcileBatch;
import dev.banksync.batch.reconcile.Reconciler;
import dev.banksync.batch.reconcile.WindowScope;
import dev.banksync.batch.sync.connection.ConnectionAccounts;
import dev.banksync.batch.sync.connector.SyncPage;
import dev.banksync.batch.sync.connector.WindowSnapshot;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database side of one connection's sync run. Each commit is one transaction holding the reconciled rows,
 * their outbox events, the quarantined records, the run's counts and (for cursor providers) the new cursor: a
 * crash leaves either all of it or none of it, so a restart from the saved cursor neither loses nor repeats rows.
 * The connection row is locked first, which serialises two syncs of the same connection; the saved cursor must
 * still be the one the pages were fetched from, so a second sync that raced ahead is never applied twice.
 */
public final class SyncBatchWriter implements SyncStore {

    /** What every connection's writer shares. */
    public record Shared(JdbcTemplate jdbc, TransactionTemplate transactions, Reconciler reconciler,
                         ConnectionAccounts accounts, RejectedRecords rejectedRecords, SyncRuns syncRuns) {
    }

    private final Shared db;
    private final long connectionId;
    private final String userId;
    private final String source;
    private final long runId;

    /** @param source the ledger source of the connector, {@code api:<provider>} */
    public SyncBatchWriter(Shared db, long connectionId, String userId, String source, long runId) {
        this.db = db;
        this.connectionId = connectionId;
        this.userId = userId;
        this.source = source;
        this.runId = runId;
    }

    @Override
    public String committedCursor() {
        return db.jdbc().queryForObject("SELECT sync_cursor FROM ledger.bank_connections WHERE connection_id = ?",
                String.class, connectionId);
    }

    @Override
    public RunCounts commitPages(String fromCursor, List<SyncPage> pages) {
        return db.transactions().execute(status -> {
            String saved = lockConnection();
            if (!Objects.equals(saved, fromCursor)) {
                throw new IllegalStateException("connection " + connectionId + ": its saved cursor moved while this "
                        + "sync was fetching (another sync of the same connection is running); nothing was written");
            }
            Map<String, String> accounts = db.accounts().ensure(connectionId, userId,
                    pages.stream().flatMap(p -> p.accounts().stream()).toList());
            ProviderChanges changes = new ProviderChanges(userId, accounts);
            String cursor = fromCursor;
            for (SyncPage page : pages) {
                changes.addPage(page, "page after cursor '" + cursor + "'");
                cursor = page.nextCursor();
            }
            RunCounts counts = commit(ReconcileBatch.of(source, changes.changes()), changes, pages.size());
            db.jdbc().update("UPDATE ledger.bank_connections SET sync_cursor = ?, cursor_updated_at = now() "
                    + "WHERE connection_id = ?", cursor, connectionId);
            return counts;
        });
    }

    @Override
    public RunCounts commitSnapshot(WindowSnapshot snapshot) {
        return db.transactions().execute(status -> {
            lockConnection();
            Map<String, String> accounts = db.accounts().ensure(connectionId, userId, snapshot.accounts());
            ProviderChanges changes = new ProviderChanges(userId, accounts)
                    .addTransactions(snapshot.transactions(), "window " + snapshot.from() + ".." + snapshot.to())
                    .addUnreadable(snapshot.unreadable(), "window " + snapshot.from() + ".." + snapshot.to());
            WindowScope scope = new WindowScope(new HashSet<>(accounts.values()), snapshot.from(), snapshot.to());
            return commit(new ReconcileBatch(source, changes.changes(), scope), changes, 1);
        });
    }

    private RunCounts commit(ReconcileBatch batch, ProviderChanges changes, int pages) {
        RunCounts counts = db.reconciler().reconcile(batch).plusRejected(changes.rejections().size());
        db.rejectedRecords().add(runId, "connection:" + connectionId, changes.rejections());
        db.syncRuns().add(runId, counts, pages);
        return counts;
    }

    private String lockConnection() {
        return db.jdbc().queryForObject("SELECT sync_cursor FROM ledger.bank_connections WHERE connection_id = ? "
                + "FOR UPDATE", String.class, connectionId);
    }
}
