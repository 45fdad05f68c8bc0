package dev.banksync.batch.sync.connector;

import dev.banksync.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A transaction as the provider reports it, already in banksync's conventions (money out negative, exact minor
 * units, the bank's calendar dates).
 *
 * @param pendingExternalId for a posted transaction: the pending one it settles, when the provider says so
 * @param authorizedDate    the card authorisation date, when reported
 * @param authorizedAt      the card authorisation instant, when reported
 */
public record BankTransaction(String externalAccountId, String externalId, String pendingExternalId,
                              boolean pending, LocalDate date, LocalDate authorizedDate, Instant authorizedAt,
                              Money amount,
                              String description, String merchant, String mcc) {

    public BankTransaction {
        Objects.requireNonNull(externalAccountId, "externalAccountId");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(description, "description");
        if (pending && pendingExternalId != null) {
            throw new IllegalArgumentException("pending transaction " + externalId + " cannot settle another");
        }
    }
}
