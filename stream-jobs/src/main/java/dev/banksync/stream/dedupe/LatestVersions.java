package dev.banksync.stream.dedupe;

import dev.banksync.core.event.TransactionEvent;
import dev.banksync.stream.state.StateDescriptors;
import java.time.Duration;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;

/**
 * Makes the stream idempotent on (transactionId, version): an event is admitted only when its version is newer than
 * the last one seen for its transaction, so redeliveries, duplicates and stale out-of-order versions stop here.
 * It lives in the keyed operator that runs first on a user's events (the categoriser), keyed by user id (the Kafka
 * key) rather than transaction id, so that one user's events stay in order on one subtask all the way to the
 * per-user aggregates — and without a network hop of its own. The versions live in a map per user, each entry
 * with the state TTL.
 */
public final class LatestVersions {

    private final MapState<String, Long> lastVersionByTransaction;
    private final Counter dropped;

    /** The current key's versions in {@code context}'s keyed state; drops are counted as {@code staleVersionsDropped}. */
    public LatestVersions(RuntimeContext context, Duration stateTtl) {
        this.lastVersionByTransaction = context.getMapState(
                StateDescriptors.map("lastVersionByTransaction", Types.LONG, stateTtl));
        this.dropped = context.getMetricGroup().counter("staleVersionsDropped");
    }

    /** True, and remembered, when {@code event} is newer than its transaction's last version; else false. */
    public boolean admit(TransactionEvent event) throws Exception {
        Long seen = lastVersionByTransaction.get(event.transactionId());
        if (seen != null && event.version() <= seen) {
            dropped.inc();
            return false;
        }
        lastVersionByTransaction.put(event.transactionId(), event.version());
        return true;
    }
}
