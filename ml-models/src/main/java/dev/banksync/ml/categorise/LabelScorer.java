package dev.banksync.ml.categorise;

import dev.banksync.ml.features.FeatureVector;

/** Turns a transaction's feature vector into a probability per category. Thread-safe; writes only into {@code out}. */
interface LabelScorer {

    /** The categories, in the order {@link #probabilities} fills its output. */
    String[] labels();

    /** Whether {@link #probabilities} needs each index once, sorted (else repeats are summed by the scorer). */
    boolean needsCompactVector();

    void probabilities(FeatureVector features, double[] out);
}
