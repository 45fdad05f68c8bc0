package dev.banksync.batch.sync;

import dev.banksync.batch.ops.RunCounts;
import dev.banksync.batch.sync.connector.SyncPage;
import dev.banksync.batch.sync.connector.WindowSnapshot;
import java.util.List;

/** Where one connection's sync commits what it fetched; each call is one database transaction. */
public interface SyncStore {

    /** The cursor of the last committed page; null before the first sync. */
    String committedCursor();

    /**
     * Reconciles the pages' changes, quarantines what could not be read, and saves the last page's cursor, all
     * in one transaction, which fails if the saved cursor is no longer {@code fromCursor}.
     */
    RunCounts commitPages(String fromCursor, List<SyncPage> pages);

    /** Reconciles a window snapshot (rows missing from it are removed), in one transaction. */
    RunCounts commitSnapshot(WindowSnapshot snapshot);
}
