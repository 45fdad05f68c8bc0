package dev.banksync.batch.ledger;

import dev.banksync.core.event.TransactionEvent;
import dev.banksync.core.event.TransactionEvent.EventType;
import dev.banksync.core.event.TransactionEvent.TransactionStatus;
import dev.banksync.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of {@code ledger.transactions} as batch writes it. {@code (accountId, source, externalId)} is its natural
 * key; {@code transactionId} is derived from it so that the same bank transaction always gets the same id.
 *
 * @param source     {@code api:<provider>} or {@code file:<format>}
 * @param externalId   the provider's id, or for files a fingerprint plus occurrence index
 * @param authorizedAt the card authorisation instant, when the source reports one
 */
public record LedgerTransaction(
        String transactionId,
        String userId,
        String accountId,
        String source,
        String externalId,
        TransactionStatus status,
        LocalDate bookingDate,
        LocalDate valueDate,
        Money amount,
        String description,
        String merchant,
        String mcc,
        Instant authorizedAt,
        String replaces,
        long version) {

    public LedgerTransaction {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(bookingDate, "bookingDate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(description, "description");
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1, was " + version);
        }
    }

    /** A row from a source that reports no authorisation time (statement files). */
    public LedgerTransaction(String transactionId, String userId, String accountId, String source, String externalId,
                             TransactionStatus status, LocalDate bookingDate, LocalDate valueDate, Money amount,
                             String description, String merchant, String mcc, String replaces, long version) {
        this(transactionId, userId, accountId, source, externalId, status, bookingDate, valueDate, amount,
                description, merchant, mcc, null, replaces, version);
    }

    /**
     * The contract event announcing this version of the row. The event id is derived from (transaction, version),
     * so a replayed outbox row carries the same id as the first send.
     */
    public TransactionEvent toUpsertEvent(Instant emittedAt) {
        return toUpsertEvent(emittedAt, null, null);
    }

    /**
     * The same, carrying the category the user just set for this transaction and the user's time zone (either
     * null: none).
     */
    public TransactionEvent toUpsertEvent(Instant emittedAt, String userCategory, String userTimeZone) {
        return new TransactionEvent(transactionId + ":v" + version, EventType.UPSERT, transactionId, version, userId,
                accountId, source, status, bookingDate, valueDate, amount.minorUnits(), amount.currencyCode(),
                description, merchant, mcc, replaces, emittedAt, userCategory, userTimeZone, authorizedAt);
    }

    /**
     * The contract event announcing that this version of the row removed it; it carries only identities (and the
     * user's time zone, or null).
     */
    public TransactionEvent toRemoveEvent(Instant emittedAt, String userTimeZone) {
        return new TransactionEvent(transactionId + ":v" + version, EventType.REMOVE, transactionId, version, userId,
                accountId, source, null, null, null, null, null, null, null, null, null, emittedAt, null,
                userTimeZone, null);
    }
}
