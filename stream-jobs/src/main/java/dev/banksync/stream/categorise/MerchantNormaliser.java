package dev.banksync.stream.categorise;

import dev.banksync.ml.merchant.NormalisedDescription;

/**
 * The merchant of a statement line as the stream's features key their memory by: ml-models' normaliser (processor
 * prefixes, store numbers, places, references stripped; known merchants from its knowledge base), so that the
 * stream and the model agree on what "the same merchant" is — "SQ *BLUE BOTTLE #123 SAN
 * FRANCISCO CA" and "TST* BLUE BOTTLE COFFEE 0042" are both key {@code BLUE BOTTLE}, name "Blue Bottle". The key
 * keys per-user corrections, first-time merchants, duplicates and recurring streams.
 */
public final class MerchantNormaliser {

    /**
     * The clean merchant: {@code key} upper case (empty when the text names none), {@code name} for people, and
     * {@code knownDetailed} the PFC detailed category the knowledge base gives it (null for an unknown merchant).
     */
    public record Merchant(String key, String name, String knownDetailed) {
    }

    private final dev.banksync.ml.merchant.MerchantNormaliser shipped =
            dev.banksync.ml.merchant.MerchantNormaliser.shipped();

    public Merchant normalise(String text) {
        if (text == null || text.isBlank()) {
            return new Merchant("", null, null);
        }
        NormalisedDescription normalised = shipped.normalise(text);
        String key = normalised.merchantKey() == null ? "" : normalised.merchantKey();
        return new Merchant(key, key.isEmpty() ? null : normalised.merchantName(),
                normalised.known() == null ? null : normalised.known().detailed());
    }
}
