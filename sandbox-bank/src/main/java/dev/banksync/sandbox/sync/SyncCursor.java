package dev.banksync.sandbox.sync;

/**
 * A position in a connection's change log.
 *
 * @param position       how many log entries the holder has already received
 * @param midPagination  true when the page that produced it said {@code has_more}: the holder is inside a
 *                       pagination loop (only such cursors can meet a "mutation during pagination" error)
 */
public record SyncCursor(int position, boolean midPagination) {

    public static final SyncCursor START = new SyncCursor(0, false);
}
