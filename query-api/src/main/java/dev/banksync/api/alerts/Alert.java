package dev.banksync.api.alerts;

import java.time.Instant;

/**
 * One row of {@code insights.v_alerts}: an alert the stream job published (anomalies and budget thresholds), as the
 * {@code AlertEvent} had it. {@code amountMinor}/{@code currency} and {@code category} are set when the alert is
 * about an amount or a budget's category; {@code emittedAt} comes from the triggering event, so replays agree.
 */
public record Alert(
        String alertId, String kind, String transactionId, String category, Long amountMinor, String currency,
        Double score, String reason, Instant emittedAt) {
}
