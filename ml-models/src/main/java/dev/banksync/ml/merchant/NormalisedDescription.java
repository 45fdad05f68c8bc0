package dev.banksync.ml.merchant;

import java.util.List;

/**
 * What the normaliser made of a statement line.
 *
 * @param words        the meaningful tokens (folded, without references, masks, dates or numbers), channel wording
 *                     included: what a model reads
 * @param merchantKey  a stable upper-case key for the merchant (the known merchant's name, or the payee tokens), the
 *                     key of per-user corrections; empty when no payee could be found
 * @param merchantName the clean display name ("Blue Bottle", "Tesco"), or null when no payee could be found
 * @param known        the knowledge-base merchant the text names, or null
 * @param channel      how the money moved
 * @param processor    the payment processor in front of the merchant ("SQ", "PAYPAL"), or null
 */
public record NormalisedDescription(List<String> words, String merchantKey, String merchantName, KnownMerchant known,
                                    PaymentChannel channel, String processor) {
}
