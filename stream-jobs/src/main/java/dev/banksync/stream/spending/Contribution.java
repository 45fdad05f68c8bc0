package dev.banksync.stream.spending;

import dev.banksync.core.event.TransactionEvent;
import java.util.Objects;

/** What one transaction currently adds to one {@link Bucket}: its signed amount (money out negative) and 1 to the count. */
public record Contribution(Bucket bucket, long amountMinor) {

    public static Contribution of(TransactionEvent upsert, String category) {
        Objects.requireNonNull(category, () -> "category of transaction " + upsert.transactionId());
        Bucket bucket = new Bucket(upsert.bookingDate().withDayOfMonth(1), category, upsert.currency());
        return new Contribution(bucket, upsert.amountMinor());
    }

    long spentMinor() {
        return amountMinor < 0 ? Math.negateExact(amountMinor) : 0;
    }

    long receivedMinor() {
        return amountMinor > 0 ? amountMinor : 0;
    }
}
