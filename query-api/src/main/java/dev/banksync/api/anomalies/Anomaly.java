package dev.banksync.api.anomalies;

import java.time.Instant;

/**
 * One row of {@code insights.v_anomalies}: something unusual the stream job found, why ({@code reason}, in words),
 * how unusual ({@code score}, when the detector has one) and the transaction it is about, if any.
 */
public record Anomaly(
        String alertId, String kind, String transactionId, Double score, String reason, Instant detectedAt) {
}
