package dev.banksync.stream.anomaly;

/**
 * A recent payment, for duplicate and velocity checks: booking day, merchant, amount and when the job first saw it
 * (the event's {@code emittedAt}: the authorisation time for real-time card events, the sync time for bank syncs).
 */
public record RecentCharge(String transactionId, long epochDay, String merchantKey, long amountMinor,
                           String currency, long firstSeenMillis) {
}
