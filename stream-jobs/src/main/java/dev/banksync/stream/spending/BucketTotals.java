package dev.banksync.stream.spending;

/** A bucket's running totals: money out as a positive sum, money in, and how many transactions are in it. */
public record BucketTotals(long spentMinor, long receivedMinor, int txnCount) {

    public static final BucketTotals EMPTY = new BucketTotals(0, 0, 0);

    public BucketTotals plus(Contribution c) {
        return new BucketTotals(Math.addExact(spentMinor, c.spentMinor()),
                Math.addExact(receivedMinor, c.receivedMinor()), Math.addExact(txnCount, 1));
    }

    public BucketTotals minus(Contribution c) {
        BucketTotals result = new BucketTotals(Math.subtractExact(spentMinor, c.spentMinor()),
                Math.subtractExact(receivedMinor, c.receivedMinor()), Math.subtractExact(txnCount, 1));
        if (result.spentMinor < 0 || result.receivedMinor < 0 || result.txnCount < 0) {
            // Only possible if state lost a contribution (e.g. expired by TTL): say so rather than write nonsense.
            throw new IllegalStateException("removing " + c + " from " + this + " goes below zero");
        }
        return result;
    }

    public boolean isEmpty() {
        return txnCount == 0;
    }
}
