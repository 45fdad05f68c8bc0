package dev.banksync.schedules.retrain;

import java.time.Instant;
import java.util.Objects;

/**
 * One user's correction of one transaction's category (a row of {@code ledger.category_overrides} joined to its
 * transaction): what the categoriser saw, and the category the user chose (a PFC primary or detailed name).
 */
public record Correction(String userId, String description, long amountMinor, String currency, String mcc,
                         String category, Instant correctedAt) {

    public Correction {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(correctedAt, "correctedAt");
    }
}
