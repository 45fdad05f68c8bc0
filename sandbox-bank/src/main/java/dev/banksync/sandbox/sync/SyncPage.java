package dev.banksync.sandbox.sync;

import dev.banksync.sandbox.ledger.SimTransaction;
import java.util.List;

/**
 * One page of changes. Within a page each transaction id appears at most once, in at most one list: the page
 * states the net effect of the log entries it covers.
 *
 * @param removed the last version of each removed transaction (the payload shows only its ids)
 */
public record SyncPage(List<SimTransaction> added, List<SimTransaction> modified, List<SimTransaction> removed,
                       String nextCursor, boolean hasMore) {
}
