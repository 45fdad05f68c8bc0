package dev.banksync.api.categories;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of {@code insights.v_transaction_categories}: the category the stream job decided for one transaction.
 * {@code decidedBy} is USER (a correction), RULE, MODEL (then {@code modelVersion} names the model) or DEFAULT (nothing
 * could decide: uncategorised); {@code confidence} is 0..1, exactly as stored (4 decimals); {@code uncertain} marks a
 * category the app should show as a suggestion (the model was below its calibrated threshold). {@code bookedOn} is
 * the transaction's booking date, {@code decidedAt} when the category was last (re)decided. {@code detailedCategory} is
 * the PFC detailed category where the data supports one (e.g. FOOD_AND_DRINK_COFFEE for a known coffee chain), else
 * null.
 */
public record TransactionCategory(
        String transactionId, LocalDate bookedOn, String category, BigDecimal confidence, boolean uncertain,
        String decidedBy, String modelVersion, String merchant, Instant decidedAt, String detailedCategory) {
}
