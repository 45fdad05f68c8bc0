package dev.banksync.batch.reconcile;

import dev.banksync.batch.ledger.LedgerTransaction;
import dev.banksync.batch.ledger.TransactionIds;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A collapsed batch as it is staged: each change with the id its row gets if it is new. The engine builds the
 * rows (and events) of inserted transactions from here rather than reading back what it just wrote.
 */
final class StagedChanges {

    private final String source;
    private final List<IncomingChange> changes;
    private final List<String> newIds;
    private final Map<String, IncomingTransaction> upserts = new HashMap<>();

    StagedChanges(String source, List<IncomingChange> collapsed) {
        this.source = source;
        this.changes = collapsed;
        this.newIds = new ArrayList<>(collapsed.size());
        for (IncomingChange change : collapsed) {
            String id = TransactionIds.transactionId(change.accountId(), source, change.externalId());
            newIds.add(id);
            if (change instanceof IncomingChange.Upsert upsert) {
                upserts.put(id, upsert.transaction());
            }
        }
    }

    /** The changes whose positions are set ({@code included}) or clear in {@code positions}, in batch order. */
    StagedChanges subset(BitSet positions, boolean included) {
        List<IncomingChange> kept = new ArrayList<>();
        for (int seq = 0; seq < changes.size(); seq++) {
            if (positions.get(seq) == included) {
                kept.add(changes.get(seq));
            }
        }
        return new StagedChanges(source, kept);
    }

    String source() {
        return source;
    }

    List<IncomingChange> changes() {
        return changes;
    }

    /** The id of change {@code seq}'s row, were it new. */
    String newId(int seq) {
        return newIds.get(seq);
    }

    /** The row a newly inserted transaction holds: version 1 of what was staged, with the pending it settles. */
    LedgerTransaction inserted(String transactionId, String replaces) {
        IncomingTransaction t = upserts.get(transactionId);
        return new LedgerTransaction(transactionId, t.userId(), t.accountId(), source, t.externalId(), t.status(),
                t.bookingDate(), t.valueDate(), t.amount(), t.description(), t.merchant(), t.mcc(), t.authorizedAt(),
                replaces, 1);
    }
}
