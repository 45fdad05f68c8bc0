package dev.banksync.batch.reconcile;

import dev.banksync.core.event.TransactionEvent.TransactionStatus;
import dev.banksync.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A transaction as a source delivers it, already mapped onto a ledger account of one user.
 *
 * @param externalId        the source's id: a provider's transaction id, or a statement line's fingerprint plus
 *                          occurrence index
 * @param pendingExternalId for a posted transaction: the source's id of the pending one it settles, when the
 *                          source reports the link (null otherwise)
 * @param authorizedDate    the card authorisation date, when the source reports one
 * @param authorizedAt      the card authorisation instant, when the source reports one
 */
public record IncomingTransaction(
        String accountId,
        String userId,
        String externalId,
        String pendingExternalId,
        TransactionStatus status,
        LocalDate bookingDate,
        LocalDate valueDate,
        LocalDate authorizedDate,
        Instant authorizedAt,
        Money amount,
        String description,
        String merchant,
        String mcc) {

    public IncomingTransaction {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(bookingDate, "bookingDate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(description, "description");
        if (pendingExternalId != null && status != TransactionStatus.POSTED) {
            throw new IllegalArgumentException("only a posted transaction can settle a pending one: " + externalId);
        }
    }

    /** A transaction from a source that reports no authorisation time (statement files, most banks' exports). */
    public IncomingTransaction(String accountId, String userId, String externalId, String pendingExternalId,
                               TransactionStatus status, LocalDate bookingDate, LocalDate valueDate,
                               LocalDate authorizedDate, Money amount, String description, String merchant,
                               String mcc) {
        this(accountId, userId, externalId, pendingExternalId, status, bookingDate, valueDate, authorizedDate, null,
                amount, description, merchant, mcc);
    }

    public boolean isPosted() {
        return status == TransactionStatus.POSTED;
    }
}
