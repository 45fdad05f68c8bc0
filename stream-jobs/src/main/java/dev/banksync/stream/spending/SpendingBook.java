package dev.banksync.stream.spending;

import dev.banksync.core.event.TransactionEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps one user's monthly totals per category and currency exact under every kind of change. Each transaction's
 * current contribution is remembered, so a new version first takes the old contribution out and then puts the
 * new one in; a removal takes it out; a posted transaction that {@code replaces} a pending one takes the
 * pending's out and marks the pending superseded, so a late or repeated pending never counts again. Versions at
 * or below the last applied one change nothing, which makes replays harmless.
 */
public final class SpendingBook {

    private final SpendingState state;

    public SpendingBook(SpendingState state) {
        this.state = state;
    }

    /**
     * Applies one event of this user ({@code category} is required for an upsert, ignored for a removal) and returns
     * the absolute totals of every bucket it changed, including buckets that became empty.
     */
    public List<SpendingRow> apply(TransactionEvent event, String category) {
        TrackedTransaction tracked = state.transaction(event.transactionId());
        if (tracked != null && event.version() <= tracked.version()) {
            return List.of();
        }
        // The new totals of every bucket this event changes: each read once, written once at the end.
        Map<Bucket, BucketTotals> touched = new LinkedHashMap<>();
        String supersededBy = tracked == null ? null : tracked.supersededBy();
        Contribution previous = tracked == null ? null : tracked.contribution();
        Contribution next = event.isRemoval() || supersededBy != null ? null : Contribution.of(event, category);
        // Transaction before totals: with a TTL, the totals are then never written earlier than (and never expire
        // before) the contributions they hold.
        state.putTransaction(event.transactionId(), new TrackedTransaction(event.version(), next, supersededBy));
        move(previous, next, touched);
        if (next != null && event.replaces() != null) {
            supersede(event.replaces(), event.transactionId(), touched);
        }
        List<SpendingRow> rows = new ArrayList<>(touched.size());
        touched.forEach((bucket, totals) -> {
            store(bucket, totals);
            rows.add(SpendingRow.of(event.userId(), bucket, totals));
        });
        return rows;
    }

    private void supersede(String pendingId, String postedId, Map<Bucket, BucketTotals> touched) {
        TrackedTransaction pending = state.transaction(pendingId);
        // A pending not seen yet is remembered at version 0, so whichever version of it arrives later is superseded.
        long version = pending == null ? 0 : pending.version();
        state.putTransaction(pendingId, new TrackedTransaction(version, null, postedId));
        move(pending == null ? null : pending.contribution(), null, touched);
    }

    private void move(Contribution from, Contribution to, Map<Bucket, BucketTotals> touched) {
        if (from != null) {
            touched.put(from.bucket(), totals(from.bucket(), touched).minus(from));
        }
        if (to != null) {
            touched.put(to.bucket(), totals(to.bucket(), touched).plus(to));
        }
    }

    private BucketTotals totals(Bucket bucket, Map<Bucket, BucketTotals> touched) {
        BucketTotals totals = touched.containsKey(bucket) ? touched.get(bucket) : state.totals(bucket);
        return totals == null ? BucketTotals.EMPTY : totals;
    }

    private void store(Bucket bucket, BucketTotals totals) {
        if (totals.isEmpty()) {
            state.removeTotals(bucket);
        } else {
            state.putTotals(bucket, totals);
        }
    }
}
