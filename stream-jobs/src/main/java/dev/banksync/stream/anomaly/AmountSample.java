package dev.banksync.stream.anomaly;

/** One past payment in a user's category history: its magnitude in minor units and its booking day. */
public record AmountSample(String transactionId, long epochDay, long magnitudeMinor) {
}
