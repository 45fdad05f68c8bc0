package dev.banksync.stream.reference;

/**
 * One row of {@code ledger.category_overrides}: a user's correction of one transaction's category, with the text
 * that names the corrected transaction's merchant (its merchant field, else its description) so that the job can
 * remember the correction for the user's later transactions from the same merchant.
 */
public record OverrideRow(String userId, String transactionId, String category, String merchantText,
                          long createdAtMillis) {
}
