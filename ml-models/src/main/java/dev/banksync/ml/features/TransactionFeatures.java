package dev.banksync.ml.features;

import dev.banksync.ml.categorise.CategoriserInput;
import dev.banksync.ml.merchant.MerchantNormaliser;
import dev.banksync.ml.merchant.NormalisedDescription;

import java.util.List;

/**
 * The one definition of what a model sees of a transaction, used by training and by scoring alike: words and
 * word pairs of the normalised description, character 3- and 4-grams of its words, the knowledge-base merchant's
 * categories, the payment channel and processor, direction, a log-scale amount bucket, whether the amount is
 * round, the MCC and its group, the currency and the country.
 *
 * <p>Features are hashed into 2^{@value #HASH_BITS} indices rather than looked up in a vocabulary: nothing but
 * the model has to be shipped, a merchant never seen in training still lands on indices (its character n-grams
 * are shared with known words), and scoring computes indices straight from the characters with no string or map
 * per feature. With a few tens of thousands of distinct features in a quarter-million-slot space, collisions
 * are rare and the linear model absorbs them.
 */
public final class TransactionFeatures {

    public static final int HASH_BITS = 18;
    public static final int DIMENSION = 1 << HASH_BITS;
    private static final int MASK = DIMENSION - 1;
    /** Character n-grams are many per word; a smaller value keeps them from drowning the word features. */
    private static final double NGRAM_WEIGHT = 0.3;
    private static final double BIGRAM_WEIGHT = 0.7;
    private static final int MAX_GRAM = 4;

    private enum Space { WORD, BIGRAM, NGRAM, KB_PRIMARY, KB_DETAILED, CHANNEL, CHANNEL_DIRECTION, PROCESSOR,
        DIRECTION, AMOUNT, ROUND, MCC, MCC_GROUP, CURRENCY, COUNTRY, NO_WORDS }

    private final MerchantNormaliser normaliser;

    public TransactionFeatures(MerchantNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    /** Fills {@code out} (cleared first, compacted after) and returns what the normaliser made of the text. */
    public NormalisedDescription extract(CategoriserInput input, FeatureVector out) {
        NormalisedDescription text = extractUncompacted(input, out);
        out.compact();
        return text;
    }

    /**
     * Like {@link #extract} but leaves repeated indices unsorted and unsummed: a linear scorer adds them up the
     * same, and sorting is a third of the cost of a prediction.
     */
    public NormalisedDescription extractUncompacted(CategoriserInput input, FeatureVector out) {
        NormalisedDescription text = normaliser.normalise(input.description());
        out.clear();
        char direction = input.amountMinor() < 0 ? 'O' : 'I';
        List<String> words = text.words();
        String previous = null;
        for (String word : words) {
            if (word.length() >= 2) {
                out.add(hash(Space.WORD, word), 1.0);
                addNgrams(word, out);
            }
            if (previous != null) {
                int h = FeatureHasher.mix(FeatureHasher.mix(start(Space.BIGRAM), previous, 0, previous.length()), ' ');
                out.add(FeatureHasher.finish(FeatureHasher.mix(h, word, 0, word.length()), MASK), BIGRAM_WEIGHT);
            }
            previous = word;
        }
        if (words.isEmpty()) {
            out.add(hash(Space.NO_WORDS, ""), 1.0);
        }
        if (text.known() != null) {
            out.add(hash(Space.KB_PRIMARY, text.known().primary()), 1.0);
            out.add(hash(Space.KB_DETAILED, text.known().detailed()), 1.0);
        }
        out.add(hash(Space.CHANNEL, text.channel().name()), 1.0);
        out.add(FeatureHasher.finish(FeatureHasher.mix(mixed(Space.CHANNEL_DIRECTION, text.channel().name()), direction), MASK), 1.0);
        if (text.processor() != null) {
            out.add(hash(Space.PROCESSOR, text.processor()), 1.0);
        }
        out.add(FeatureHasher.finish(FeatureHasher.mix(start(Space.DIRECTION), direction), MASK), 1.0);
        int bucket = AmountBucket.of(input.amountMinor(), input.currency());
        out.add(FeatureHasher.finish(FeatureHasher.mix(FeatureHasher.mix(start(Space.AMOUNT), direction), bucket), MASK), 1.0);
        int round = AmountBucket.roundness(input.amountMinor(), input.currency());
        out.add(FeatureHasher.finish(FeatureHasher.mix(FeatureHasher.mix(start(Space.ROUND), direction), round), MASK), 1.0);
        String group = MccGroups.groupOf(input.mcc());
        if (group != null) {
            out.add(hash(Space.MCC, input.mcc()), 1.0);
            out.add(hash(Space.MCC_GROUP, group), 1.0);
        }
        if (input.currency() != null) {
            out.add(hash(Space.CURRENCY, input.currency()), 1.0);
        }
        if (input.country() != null) {
            out.add(hash(Space.COUNTRY, input.country()), 1.0);
        }
        return text;
    }

    /**
     * 3- and 4-grams of the word with boundary marks: "^PIZ", "ZZA$" tell a pizzeria from its name alone. The grams
     * starting at one position share their prefix, so each position's hash is extended a character at a time and the
     * length mixed in last. (5-grams were tried: the same held-out figures, a third more features, a fifth slower.)
     */
    private static void addNgrams(String word, FeatureVector out) {
        int length = word.length() + 2;
        for (int i = 0; i + 3 <= length; i++) {
            int h = start(Space.NGRAM);
            int end = Math.min(i + MAX_GRAM, length);
            for (int k = i; k < end; k++) {
                char c = k == 0 ? '^' : k == length - 1 ? '$' : word.charAt(k - 1);
                h = FeatureHasher.mix(h, c);
                int n = k - i + 1;
                if (n >= 3) {
                    out.add(FeatureHasher.finish(FeatureHasher.mix(h, n), MASK), NGRAM_WEIGHT);
                }
            }
        }
    }

    private static int start(Space space) {
        return FeatureHasher.start(space.ordinal() + 1);
    }

    private static int mixed(Space space, String value) {
        return FeatureHasher.mix(start(space), value, 0, value.length());
    }

    private static int hash(Space space, String value) {
        return FeatureHasher.finish(mixed(space, value), MASK);
    }
}
