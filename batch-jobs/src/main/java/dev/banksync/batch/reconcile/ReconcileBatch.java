package dev.banksync.batch.reconcile;

import java.util.List;
import java.util.Objects;

/**
 * The changes one source delivered, in the order it delivered them, to be reconciled into the ledger in one
 * database transaction.
 *
 * @param source {@code api:<provider>} or {@code file:<format>}
 * @param window for snapshot sources: what the batch covers completely; null for change feeds and files
 */
public record ReconcileBatch(String source, List<IncomingChange> changes, WindowScope window) {

    public ReconcileBatch {
        Objects.requireNonNull(source, "source");
        changes = List.copyOf(changes);
    }

    public static ReconcileBatch of(String source, List<IncomingChange> changes) {
        return new ReconcileBatch(source, changes, null);
    }
}
