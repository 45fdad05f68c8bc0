package dev.banksync.batch.ops;

/** What one sync run (or one chunk of it) did, as counted in {@code ops.sync_runs}. */
public record RunCounts(int fetched, int inserted, int updated, int pendingPosted, int removed,
                        int duplicatesIgnored, int rejected) {

    public static final RunCounts ZERO = new RunCounts(0, 0, 0, 0, 0, 0, 0);

    /** A file import only inserts, ignores duplicates or rejects. */
    public static RunCounts ofImport(int fetched, int inserted, int duplicatesIgnored, int rejected) {
        return new RunCounts(fetched, inserted, 0, 0, 0, duplicatesIgnored, rejected);
    }
}
