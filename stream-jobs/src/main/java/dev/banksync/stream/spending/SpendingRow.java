package dev.banksync.stream.spending;

import java.time.LocalDate;

/**
 * One row of {@code insights.spending_monthly} with absolute values, so writing it again is harmless. A row with
 * {@code txnCount == 0} says the bucket had transactions and has none now (all were modified away or removed).
 */
public record SpendingRow(String userId, LocalDate month, String category, String currency,
                          long spentMinor, long receivedMinor, int txnCount) {

    static SpendingRow of(String userId, Bucket bucket, BucketTotals totals) {
        return new SpendingRow(userId, bucket.month(), bucket.category(), bucket.currency(),
                totals.spentMinor(), totals.receivedMinor(), totals.txnCount());
    }
}
