package dev.banksync.stream;

import dev.banksync.core.event.TransactionEvent;
import dev.banksync.stream.categorise.CategorisedTransaction;
import dev.banksync.stream.categorise.DecidedBy;
import dev.banksync.stream.categorise.MerchantNormaliser;

/** Categorised transactions for the tests of the features after categorisation. */
public final class Decisions {

    private static final MerchantNormaliser NORMALISER = new MerchantNormaliser();

    private Decisions() {
    }

    /** {@code event} decided as {@code category} by the model, with the merchant normalised from its text. */
    public static CategorisedTransaction as(String category, TransactionEvent event) {
        if (event.isRemoval()) {
            return CategorisedTransaction.removal(event);
        }
        String text = event.merchant() != null ? event.merchant() : event.description();
        MerchantNormaliser.Merchant merchant = NORMALISER.normalise(text);
        return new CategorisedTransaction(event, category, 0.9, false, merchant.name(), merchant.key(),
                DecidedBy.MODEL, "test", null);
    }
}
