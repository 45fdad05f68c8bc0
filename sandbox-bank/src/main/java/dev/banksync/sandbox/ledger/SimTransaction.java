package dev.banksync.sandbox.ledger;

import dev.banksync.sandbox.catalog.PfcCategories;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a transaction as the bank holds it. Amounts use banksync's convention (minor units, money out
 * negative); the HTTP layer converts to the Plaid convention. Fields after {@code transactionCode} are ground
 * truth and never appear in the sync payload.
 *
 * @param pendingTransactionId the pending this posted transaction supersedes, as reported (null when the bank
 *                             "forgot" the link)
 * @param authorizedAt         the authorisation instant, for card payments only
 * @param replacesPendingId    the pending this posted transaction truly supersedes, even when not reported
 * @param category             the true PFC detailed category
 * @param anomaly              the injected anomaly, or null
 */
public record SimTransaction(String transactionId, String accountId, long amountMinor, String currency,
                             LocalDate date, LocalDate authorizedDate, Instant authorizedAt, String name,
                             String merchantName, boolean pending, String pendingTransactionId,
                             String paymentChannel, String mcc, String transactionCode,
                             String replacesPendingId, String category, AnomalyKind anomaly) {

    public String primaryCategory() {
        return PfcCategories.primaryOf(category);
    }

    public SimTransaction withAmount(long newAmountMinor) {
        return new SimTransaction(transactionId, accountId, newAmountMinor, currency, date, authorizedDate,
                authorizedAt, name, merchantName, pending, pendingTransactionId, paymentChannel, mcc,
                transactionCode, replacesPendingId, category, anomaly);
    }

    public SimTransaction withDescription(String newName, String newMerchantName) {
        return new SimTransaction(transactionId, accountId, amountMinor, currency, date, authorizedDate,
                authorizedAt, newName, newMerchantName, pending, pendingTransactionId, paymentChannel, mcc,
                transactionCode, replacesPendingId, category, anomaly);
    }

    public SimTransaction withDate(LocalDate newDate) {
        return new SimTransaction(transactionId, accountId, amountMinor, currency, newDate, authorizedDate,
                authorizedAt, name, merchantName, pending, pendingTransactionId, paymentChannel, mcc,
                transactionCode, replacesPendingId, category, anomaly);
    }

    /** The posted successor of this pending transaction: a new id, posted on {@code postDate}. */
    public SimTransaction posted(String postedId, LocalDate postDate, long postedAmountMinor, String postedName,
                                 boolean reportLink) {
        return new SimTransaction(postedId, accountId, postedAmountMinor, currency, postDate, authorizedDate,
                authorizedAt, postedName, merchantName, false, reportLink ? transactionId : null, paymentChannel,
                mcc, transactionCode, transactionId, category, anomaly);
    }
}
