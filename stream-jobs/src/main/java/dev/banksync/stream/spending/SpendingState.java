package dev.banksync.stream.spending;

/**
 * One user's memory for the {@link SpendingBook}: the tracked transactions and the bucket totals. The Flink
 * function backs it with keyed MapState; unit tests with plain maps.
 */
public interface SpendingState {

    /** The tracked transaction, or {@code null} when this user's book has never seen it. */
    TrackedTransaction transaction(String transactionId);

    void putTransaction(String transactionId, TrackedTransaction tracked);

    /** The bucket's totals, or {@code null} when it holds nothing. */
    BucketTotals totals(Bucket bucket);

    void putTotals(Bucket bucket, BucketTotals totals);

    void removeTotals(Bucket bucket);
}
