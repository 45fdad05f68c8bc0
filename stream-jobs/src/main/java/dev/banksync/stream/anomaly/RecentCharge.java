package dev.banksync.stream.anomaly;

import dev.banksync.core.event.TransactionEvent;

/**
 * A recent payment, for the duplicate check: booking day, merchant, amount and when it happened as far as we know
 * ({@link #happenedAtMillis(TransactionEvent)}; {@code authorised} when that is the card authorisation instant).
 */
public record RecentCharge(String transactionId, long epochDay, String merchantKey, long amountMinor,
                           String currency, long happenedMillis, boolean authorised) {

    static RecentCharge of(TransactionEvent event, SeenCharge charge) {
        return new RecentCharge(event.transactionId(), charge.epochDay(), charge.merchantKey(), charge.amountMinor(),
                charge.currency(), happenedAtMillis(event), event.authorizedAt() != null);
    }

    /**
     * The card authorisation instant when the source reports it; else when the event was emitted (a real-time card
     * event's own time, or the bank sync's, which puts every charge of one sync at the same moment).
     */
    static long happenedAtMillis(TransactionEvent event) {
        return (event.authorizedAt() != null ? event.authorizedAt() : event.emittedAt()).toEpochMilli();
    }
}
