package dev.banksync.schedules.retrain;

/**
 * What one retraining run did.
 *
 * @param version           the newly registered version
 * @param activated         whether it became the active categoriser
 * @param newMacroF1        its macro-F1 on the held-out set
 * @param baselineVersion   the model it was compared with (the active one, or the shipped default)
 * @param baselineMacroF1   that model's macro-F1 on the same held-out set, measured in this run
 * @param foldedCorrections correction rows added to the training data
 * @param foldedMerchants   merchants those rows teach
 * @param reason            why it was or was not activated
 */
public record RetrainOutcome(String version, boolean activated, double newMacroF1, String baselineVersion,
                             double baselineMacroF1, int foldedCorrections, int foldedMerchants, String reason) {
}
