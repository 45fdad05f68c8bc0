package dev.banksync.sandbox.truth;

import dev.banksync.sandbox.ledger.AnomalyKind;
import java.time.LocalDate;

/** An injected anomaly, identified by the live transaction that carries it (the posted one once it posts). */
public record TruthAnomaly(String transactionId, String accountId, AnomalyKind kind, long amountMinor,
                           String currency, LocalDate date) {
}
