package dev.banksync.batch.ops;

/** What one sync run (or one chunk of it) did, as counted in {@code ops.sync_runs}. */
public record RunCounts(int fetched, int inserted, int updated, int pendingPosted, int removed,
                        int duplicatesIgnored, int rejected) {

    public static final RunCounts ZERO = new RunCounts(0, 0, 0, 0, 0, 0, 0);

    /** A file import only inserts, ignores duplicates or rejects. */
    public static RunCounts ofImport(int fetched, int inserted, int duplicatesIgnored, int rejected) {
        return new RunCounts(fetched, inserted, 0, 0, 0, duplicatesIgnored, rejected);
    }

    /** These counts plus {@code n} records that were fetched but could not be read. */
    public RunCounts plusRejected(int n) {
        return new RunCounts(fetched + n, inserted, updated, pendingPosted, removed, duplicatesIgnored, rejected + n);
    }

    public RunCounts plus(RunCounts o) {
        return new RunCounts(fetched + o.fetched, inserted + o.inserted, updated + o.updated,
                pendingPosted + o.pendingPosted, removed + o.removed, duplicatesIgnored + o.duplicatesIgnored,
                rejected + o.rejected);
    }
}
