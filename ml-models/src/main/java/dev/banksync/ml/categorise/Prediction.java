package dev.banksync.ml.categorise;

/**
 * A categoriser's answer. {@code category} is a PFC primary or detailed name (see core's {@code Category});
 * when {@code uncertain} the confidence was under the calibrated threshold and callers should show the
 * category as a suggestion, not a fact. {@code merchant} is the normalised merchant name, or null.
 */
public record Prediction(String category, double confidence, boolean uncertain, String merchant, String modelVersion) {
}
