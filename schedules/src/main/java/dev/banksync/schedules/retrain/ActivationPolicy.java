package dev.banksync.schedules.retrain;

/**
 * Whether a retrained model may replace the active one: only when its held-out macro-F1 is at most
 * {@code tolerance} below the active model's, both measured on the same held-out rows. A little slack lets the
 * corrections in (they teach merchants the held-out set may not even contain); more would let a bad night in.
 */
public record ActivationPolicy(double tolerance) {

    public ActivationPolicy {
        if (tolerance < 0 || tolerance > 1) {
            throw new IllegalArgumentException("tolerance must be in [0, 1] (1: always activate), was " + tolerance);
        }
    }

    public boolean activates(double candidateMacroF1, double activeMacroF1) {
        return candidateMacroF1 >= activeMacroF1 - tolerance;
    }

    public String explain(double candidateMacroF1, double activeMacroF1) {
        return String.format(java.util.Locale.ROOT, "held-out macro-F1 %.4f vs active %.4f (tolerance %.4f): %s",
                candidateMacroF1, activeMacroF1, tolerance,
                activates(candidateMacroF1, activeMacroF1) ? "activated" : "worse than allowed, registered inactive");
    }
}
