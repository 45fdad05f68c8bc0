package dev.banksync.stream.categorise;

import dev.banksync.core.event.TransactionEvent;

/**
 * A transaction event with the category decided for it. A removal carries no category (nothing to decide);
 * {@code uncertain} marks a category to be shown as a suggestion; {@code decidedBy} and {@code modelVersion} say
 * what decided. {@code merchantKey} is the normalised merchant the per-user features key their memory by (empty
 * when the text names none), {@code merchant} its display name. {@code detailedCategory} is the PFC detailed category
 * where the data supports one (the category itself when it is detailed, else the known merchant's when it lies under
 * the category), else null.
 */
public record CategorisedTransaction(
        TransactionEvent event,
        String category,
        double confidence,
        boolean uncertain,
        String merchant,
        String merchantKey,
        DecidedBy decidedBy,
        String modelVersion,
        String detailedCategory) {

    public static CategorisedTransaction removal(TransactionEvent event) {
        return new CategorisedTransaction(event, null, 0, false, null, "", null, null, null);
    }

    public String userId() {
        return event.userId();
    }

    public boolean isRemoval() {
        return event.isRemoval();
    }
}
