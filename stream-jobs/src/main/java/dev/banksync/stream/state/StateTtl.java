package dev.banksync.stream.state;

import java.time.Duration;
import org.apache.flink.api.common.state.StateTtlConfig;

/**
 * The one TTL policy of the job's per-transaction state. Flink's TTL runs on processing time: an entry lives
 * {@code ttl} after its last write, so the TTL bounds how late a change to an old transaction may arrive and
 * still be applied exactly (backfills older than that must rebuild the state from the topic).
 */
public final class StateTtl {

    /** Long enough for a year of late bank corrections and a month-on-month view. */
    public static final Duration DEFAULT = Duration.ofDays(400);

    private StateTtl() {
    }

    /**
     * Expired entries are never returned, and are dropped when a full snapshot is written (every heap checkpoint) and
     * by RocksDB's compaction filter. Flink's default incremental cleanup for the heap backend is switched off on
     * purpose: on every state access it visits a few keys and, for map state, copies each key's whole map to check
     * it — with a map per user that cost grows with the user's history and dominated the job's CPU.
     */
    public static StateTtlConfig of(Duration ttl) {
        return StateTtlConfig.newBuilder(ttl)
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .disableCleanupInBackground()
                .cleanupFullSnapshot()
                .cleanupInRocksdbCompactFilter(1000)
                .build();
    }
}
