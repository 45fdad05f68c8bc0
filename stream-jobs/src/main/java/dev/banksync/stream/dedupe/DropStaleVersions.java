package dev.banksync.stream.dedupe;

import dev.banksync.core.event.TransactionEvent;
import dev.banksync.stream.state.StateTtl;
import java.time.Duration;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Makes the stream idempotent on (transactionId, version): an event passes only when its version is newer than
 * the last one seen for its transaction, so redeliveries, duplicates and stale out-of-order versions stop here.
 * Keyed by user id (the Kafka key) rather than transaction id so that one user's events stay in order on one
 * subtask all the way to the per-user aggregates; the versions live in a map per transaction, each entry with
 * the state TTL.
 */
public class DropStaleVersions extends KeyedProcessFunction<String, TransactionEvent, TransactionEvent> {

    private final Duration stateTtl;

    private transient MapState<String, Long> lastVersionByTransaction;
    private transient Counter dropped;

    public DropStaleVersions(Duration stateTtl) {
        this.stateTtl = Objects.requireNonNull(stateTtl, "stateTtl");
    }

    @Override
    public void open(OpenContext openContext) {
        MapStateDescriptor<String, Long> descriptor =
                new MapStateDescriptor<>("lastVersionByTransaction", Types.STRING, Types.LONG);
        descriptor.enableTimeToLive(StateTtl.of(stateTtl));
        lastVersionByTransaction = getRuntimeContext().getMapState(descriptor);
        dropped = getRuntimeContext().getMetricGroup().counter("staleVersionsDropped");
    }

    @Override
    public void processElement(TransactionEvent event, Context ctx, Collector<TransactionEvent> out) throws Exception {
        Long seen = lastVersionByTransaction.get(event.transactionId());
        if (seen != null && event.version() <= seen) {
            dropped.inc();
            return;
        }
        lastVersionByTransaction.put(event.transactionId(), event.version());
        out.collect(event);
    }
}
