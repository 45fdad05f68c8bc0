package dev.banksync.ml.commands;

/**
 * What {@code banksync ml predict} prints: the PFC primary, the detailed category when the knowledge base knows the
 * merchant under that primary (else null), the confidence, whether it is under the uncertainty threshold, the
 * clean merchant name and the model version.
 */
public record PredictionResult(String category, String detailed, double confidence, boolean uncertain,
                               String merchant, String modelVersion) {
}
