package dev.banksync.batch.sync.connector;

import java.util.List;

/**
 * One page of a cursor sync.
 *
 * @param accounts   the connection's accounts as of this page (new accounts appear here first)
 * @param nextCursor where the next page starts; it becomes the saved cursor once this page is committed
 * @param hasMore    whether the provider has more pages right now
 */
public record SyncPage(List<BankAccount> accounts, List<BankTransaction> added, List<BankTransaction> modified,
                       List<RemovedTransaction> removed, List<UnreadableRecord> unreadable, String nextCursor,
                       boolean hasMore) {

    public SyncPage {
        accounts = List.copyOf(accounts);
        added = List.copyOf(added);
        modified = List.copyOf(modified);
        removed = List.copyOf(removed);
        unreadable = List.copyOf(unreadable);
    }

    /** Records the page delivered, readable or not. */
    public int size() {
        return added.size() + modified.size() + removed.size() + unreadable.size();
    }
}
