package dev.banksync.sandbox.truth;

import dev.banksync.sandbox.ledger.AnomalyKind;
import dev.banksync.sandbox.ledger.SimTransaction;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A live transaction as banksync should hold it: banksync's sign (money out negative, minor units) and the true
 * category.
 *
 * @param authorizedAt         the authorisation instant, for card payments only
 * @param pendingTransactionId the link as the sync payload reports it (may be null although a pending existed)
 * @param replacesPendingId    the pending this posted transaction truly replaces, even when the link was not
 *                             reported (what a fuzzy matcher should find)
 * @param category             the true PFC primary
 * @param categoryDetailed     the true PFC detailed category
 * @param anomaly              the injected anomaly, or null
 */
public record TruthTransaction(String transactionId, String accountId, long amountMinor, String currency,
                               LocalDate date, LocalDate authorizedDate, Instant authorizedAt, boolean pending,
                               String pendingTransactionId, String replacesPendingId, String name,
                               String merchantName, String category, String categoryDetailed, AnomalyKind anomaly) {

    static TruthTransaction of(SimTransaction t) {
        return new TruthTransaction(t.transactionId(), t.accountId(), t.amountMinor(), t.currency(), t.date(),
                t.authorizedDate(), t.authorizedAt(), t.pending(), t.pendingTransactionId(), t.replacesPendingId(),
                t.name(), t.merchantName(), t.primaryCategory(), t.category(), t.anomaly());
    }
}
