package dev.banksync.api.categories;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One row of {@code insights.v_transaction_categories}: the category the stream job decided for one transaction.
 * {@code decidedBy} is USER (a correction), RULE, MODEL (then {@code modelVersion} names the model) or DEFAULT (nothing
 * could decide: uncategorised); {@code confidence} is 0..1, exactly as stored (4 decimals). {@code decidedAt} is when
 * the category was last (re)decided.
 */
public record TransactionCategory(
        String transactionId, String category, BigDecimal confidence, String decidedBy, String modelVersion,
        String merchant, Instant decidedAt) {
}
