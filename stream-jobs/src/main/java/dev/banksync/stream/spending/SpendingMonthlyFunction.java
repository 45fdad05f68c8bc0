package dev.banksync.stream.spending;

import dev.banksync.stream.categorise.CategorisedTransaction;
import dev.banksync.stream.state.StateTtl;
import dev.banksync.stream.state.StreamTypes;
import java.time.Duration;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.FlinkRuntimeException;
import org.apache.flink.util.OutputTag;

/**
 * Flink adapter of the {@link SpendingBook}, keyed by user id: the book's memory is this user's keyed MapState
 * (tracked transactions and bucket totals, both with the state TTL), and every bucket it changes is emitted as an
 * absolute {@link SpendingRow}; the same rows, stamped with their event's time, go to {@link #CHANGES} for budgets
 * and the forecast.
 */
public class SpendingMonthlyFunction extends KeyedProcessFunction<String, CategorisedTransaction, SpendingRow> {

    public static final OutputTag<SpendingChange> CHANGES =
            new OutputTag<>("spending-changes", StreamTypes.of(SpendingChange.class));

    private final Duration stateTtl;

    private transient SpendingBook book;

    public SpendingMonthlyFunction(Duration stateTtl) {
        this.stateTtl = Objects.requireNonNull(stateTtl, "stateTtl");
    }

    @Override
    public void open(OpenContext openContext) {
        MapStateDescriptor<String, TrackedTransaction> transactions = new MapStateDescriptor<>(
                "spendingTransactions", Types.STRING, StreamTypes.of(TrackedTransaction.class));
        MapStateDescriptor<Bucket, BucketTotals> buckets = new MapStateDescriptor<>(
                "spendingBuckets", StreamTypes.of(Bucket.class), StreamTypes.of(BucketTotals.class));
        transactions.enableTimeToLive(StateTtl.of(stateTtl));
        buckets.enableTimeToLive(StateTtl.of(stateTtl));
        book = new SpendingBook(new KeyedSpendingState(
                getRuntimeContext().getMapState(transactions), getRuntimeContext().getMapState(buckets)));
    }

    @Override
    public void processElement(CategorisedTransaction value, Context ctx, Collector<SpendingRow> out) {
        for (SpendingRow row : book.apply(value.event(), value.category())) {
            out.collect(row);
            ctx.output(CHANGES, new SpendingChange(row, value.event().emittedAt(), value.event().userTimeZone()));
        }
    }

    /** The current key's MapState seen as a {@link SpendingState}; state access failures become unchecked. */
    private record KeyedSpendingState(MapState<String, TrackedTransaction> transactions,
                                      MapState<Bucket, BucketTotals> buckets) implements SpendingState {

        @Override
        public TrackedTransaction transaction(String transactionId) {
            return access(() -> transactions.get(transactionId));
        }

        @Override
        public void putTransaction(String transactionId, TrackedTransaction tracked) {
            access(() -> {
                transactions.put(transactionId, tracked);
                return null;
            });
        }

        @Override
        public BucketTotals totals(Bucket bucket) {
            return access(() -> buckets.get(bucket));
        }

        @Override
        public void putTotals(Bucket bucket, BucketTotals totals) {
            access(() -> {
                buckets.put(bucket, totals);
                return null;
            });
        }

        @Override
        public void removeTotals(Bucket bucket) {
            access(() -> {
                buckets.remove(bucket);
                return null;
            });
        }

        private static <T> T access(java.util.concurrent.Callable<T> operation) {
            try {
                return operation.call();
            } catch (Exception e) {
                throw new FlinkRuntimeException("keyed spending state could not be accessed", e);
            }
        }
    }
}
