package dev.banksync.benchmarks.anomaly;

import dev.banksync.core.event.AlertEvent.AlertKind;
import dev.banksync.ml.anomaly.Payment;
import dev.banksync.sandbox.ledger.AnomalyKind;
import java.util.Set;

/**
 * One sandbox transaction as the comparison sees it: the anomaly the sandbox planted (or null), the kinds the
 * stream's statistical detectors raised for it, and, for money out, the learned model's features against the
 * user's history before it (null for money in, which no learned check judges).
 */
record SandboxPayment(Payment payment, AnomalyKind planted, Set<AlertKind> statisticalKinds, double[] features) {

    boolean isScored() {
        return features != null;
    }

    boolean flaggedByStatistics() {
        return !statisticalKinds.isEmpty();
    }
}
