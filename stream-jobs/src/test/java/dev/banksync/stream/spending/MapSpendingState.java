package dev.banksync.stream.spending;

import java.util.HashMap;
import java.util.Map;

/** One user's spending memory in plain maps, for unit tests of the {@link SpendingBook}. */
final class MapSpendingState implements SpendingState {

    final Map<String, TrackedTransaction> transactions = new HashMap<>();
    final Map<Bucket, BucketTotals> buckets = new HashMap<>();

    @Override
    public TrackedTransaction transaction(String transactionId) {
        return transactions.get(transactionId);
    }

    @Override
    public void putTransaction(String transactionId, TrackedTransaction tracked) {
        transactions.put(transactionId, tracked);
    }

    @Override
    public BucketTotals totals(Bucket bucket) {
        return buckets.get(bucket);
    }

    @Override
    public void putTotals(Bucket bucket, BucketTotals totals) {
        buckets.put(bucket, totals);
    }

    @Override
    public void removeTotals(Bucket bucket) {
        buckets.remove(bucket);
    }
}
