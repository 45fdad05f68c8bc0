package dev.banksync.ml.categorise;

import java.time.Instant;
import java.util.Map;

/**
 * What a trained categoriser is and where it came from: its version, the trainer and its settings, a SHA-256 of
 * the training rows, when it was made, the feature definition it expects, the calibrated confidence under which
 * its answers are marked uncertain, and its held-out figures per evaluation set ("heldout", "independent").
 */
public record ModelCard(String version, String trainer, String dataHash, Instant createdAt, String features,
                        double uncertaintyThreshold, Map<String, Metrics> metrics) {

    /** The feature definition of {@link dev.banksync.ml.features.TransactionFeatures}; bump it when that changes. */
    public static final String FEATURES = "transaction-features-v3";

    public ModelCard {
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
    }

    /** Headline figures of one evaluation set. */
    public record Metrics(long rows, double accuracy, double macroF1, double certainShare, double accuracyWhenCertain) {
    }
}
