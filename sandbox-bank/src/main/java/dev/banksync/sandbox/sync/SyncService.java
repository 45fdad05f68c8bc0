package dev.banksync.sandbox.sync;

import dev.banksync.sandbox.api.BankApiException;
import dev.banksync.sandbox.api.BankError;
import dev.banksync.sandbox.ledger.Change;
import dev.banksync.sandbox.ledger.ChangeKind;
import dev.banksync.sandbox.ledger.ChangeLog;
import dev.banksync.sandbox.ledger.SimTransaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /transactions/sync} over a change log: a page covers the log entries after the cursor that concern at
 * most {@code count} distinct transactions, reduced to their net effect per transaction (so a page never holds
 * more than {@code count} items, and a pending added and removed within one page does not show at all).
 * Applying pages in order (added and modified = upsert, removed = delete) always yields the log's live set,
 * whatever the page size.
 */
public final class SyncService {

    public static final int DEFAULT_COUNT = 100;
    public static final int MAX_COUNT = 500;

    private final CursorCodec codec;

    public SyncService(CursorCodec codec) {
        this.codec = codec;
    }

    public CursorCodec codec() {
        return codec;
    }

    /**
     * @param end the log length visible today
     */
    public SyncPage page(ChangeLog log, int connection, SyncCursor cursor, int count, int end) {
        if (count < 1 || count > MAX_COUNT) {
            throw new BankApiException(BankError.INVALID_FIELD, "count must be between 1 and " + MAX_COUNT);
        }
        if (cursor.position() > end) {
            throw new BankApiException(BankError.INVALID_CURSOR, "the cursor is ahead of this bank's history "
                    + "(was the sandbox restarted with another seed or start date?)");
        }
        int from = cursor.position();
        Map<String, Net> net = new LinkedHashMap<>();
        int to = from;
        while (to < end) {
            Change c = log.get(to);
            Net n = net.get(c.transactionId());
            if (n == null) {
                if (net.size() == count) {
                    break;  // the page already speaks of `count` transactions
                }
                n = new Net(log.addedBefore(c.transactionId(), from));
                net.put(c.transactionId(), n);
            }
            n.latest = c.transaction();
            n.live = c.kind() != ChangeKind.REMOVED;
            to++;
        }
        List<SimTransaction> added = new ArrayList<>();
        List<SimTransaction> modified = new ArrayList<>();
        List<SimTransaction> removed = new ArrayList<>();
        for (Net n : net.values()) {
            if (n.live) {
                (n.knownBefore ? modified : added).add(n.latest);
            } else if (n.knownBefore) {
                removed.add(n.latest);
            }  // added and removed within the page: the holder never needs to see it
        }
        boolean hasMore = to < end;
        return new SyncPage(added, modified, removed, codec.encode(connection, new SyncCursor(to, hasMore)), hasMore);
    }

    /** A transaction's net state over the page. */
    private static final class Net {
        final boolean knownBefore;
        SimTransaction latest;
        boolean live;

        Net(boolean knownBefore) {
            this.knownBefore = knownBefore;
        }
    }
}
