package dev.banksync.ml.merchant;

import java.util.List;

/**
 * The wording banks put around the payee to say how money moved ("CARD PAYMENT TO", "SEPA-LASTSCHRIFT",
 * "PRLV SEPA", "BETAALAUTOMAAT", "NEFT CR"), shipped as {@code channel_phrases.csv}.
 */
final class ChannelPhrases {

    private final PhraseIndex<PaymentChannel> phrases = new PhraseIndex<>();

    ChannelPhrases() {
        for (ResourceTables.Row row : ResourceTables.read("channel_phrases.csv", "phrase", "channel")) {
            PaymentChannel channel;
            try {
                channel = PaymentChannel.valueOf(row.value());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(row.where() + ": field channel: unknown channel " + row.value(), e);
            }
            phrases.add(Tokenizer.split(TextFolding.fold(row.key())), channel);
        }
    }

    /** The longest channel phrase starting at {@code start}, or null. */
    PhraseIndex.Match<PaymentChannel> matchAt(List<String> tokens, int start) {
        return phrases.matchAt(tokens, start);
    }
}
