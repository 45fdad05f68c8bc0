package dev.banksync.batch.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reduces a batch to one change per transaction: the last one reported wins. Several pages of a cursor sync may
 * report the same transaction (added, then modified, then removed); applied in order their net effect is their
 * last change, and one change per key is what lets the engine decide each row with set-based SQL.
 */
public final class ChangeCollapser {

    private ChangeCollapser() {
    }

    /** One change per (account, external id), ordered by where each one's last change stood in the input. */
    public static List<IncomingChange> collapse(List<IncomingChange> changes) {
        Map<Key, IncomingChange> last = new LinkedHashMap<>();
        for (IncomingChange change : changes) {
            Key key = new Key(change.accountId(), change.externalId());
            last.remove(key); // re-insert: the key moves to its latest position
            last.put(key, change);
        }
        return new ArrayList<>(last.values());
    }

    private record Key(String accountId, String externalId) {
    }
}
