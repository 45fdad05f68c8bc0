package dev.banksync.stream.categorise;

import dev.banksync.core.event.TransactionEvent;
import dev.banksync.ml.categorise.Prediction;

/**
 * A transaction event with the category decided for it. A removal carries no category (nothing to decide);
 * {@code uncertain} marks a category to be shown as a suggestion, {@code modelVersion} says what decided.
 */
public record CategorisedTransaction(
        TransactionEvent event,
        String category,
        double confidence,
        boolean uncertain,
        String merchant,
        String modelVersion) {

    public static CategorisedTransaction of(TransactionEvent event, Prediction prediction) {
        String merchant = prediction.merchant() != null ? prediction.merchant() : event.merchant();
        return new CategorisedTransaction(event, prediction.category(), prediction.confidence(),
                prediction.uncertain(), merchant, prediction.modelVersion());
    }

    public static CategorisedTransaction removal(TransactionEvent event) {
        return new CategorisedTransaction(event, null, 0, false, null, null);
    }

    public String userId() {
        return event.userId();
    }
}
