package dev.banksync.core.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.banksync.core.category.Category;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;

/**
 * One change of one ledger transaction, published on {@code banksync.transactions.v1} (key = user id).
 * {@code version} grows with every change of the same {@code transactionId}; consumers are idempotent on the
 * pair. A posted transaction that supersedes a pending one names it in {@code replaces}. Amounts are minor units
 * (money out is negative) in {@code currency}; {@code bookingDate}/{@code valueDate} are the bank's calendar dates.
 * {@code userCategory}, when present, is the category the user set for this very transaction (a correction): it
 * travels with the change it caused, so a consumer never decides the transaction before it knows the correction.
 * {@code userTimeZone}, when present, is the user's IANA time zone at the time of the change: booking dates are the
 * bank's calendar dates and need none, but "today" (how far into its month a forecast is, when a recurring payment
 * is late) is the user's day, not the server's. Consumers keep the last zone they saw per user (UTC until then).
 * {@code authorizedAt}, when the source reports it, is the instant a card payment was authorised (Plaid's
 * {@code authorized_datetime}; a real-time payment event's own time): two charges of the same amount at the same
 * merchant minutes apart are a duplicate, hours apart two coffees, and only this field tells them apart when both
 * reach us in the same bank sync.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransactionEvent(
        @JsonProperty(required = true) String eventId,
        @JsonProperty(required = true) EventType type,
        @JsonProperty(required = true) String transactionId,
        @JsonProperty(required = true) long version,
        @JsonProperty(required = true) String userId,
        @JsonProperty(required = true) String accountId,
        String source,
        TransactionStatus status,
        LocalDate bookingDate,
        LocalDate valueDate,
        Long amountMinor,
        String currency,
        String description,
        String merchant,
        String mcc,
        String replaces,
        @JsonProperty(required = true) Instant emittedAt,
        String userCategory,
        String userTimeZone,
        Instant authorizedAt) {

    public enum EventType { UPSERT, REMOVE }

    public enum TransactionStatus { PENDING, POSTED }

    /**
     * The largest magnitude an amount may have: 10^13 minor units (a hundred billion in a two-decimal currency), so
     * that a million of them still sum within a long.
     */
    public static final long MAX_AMOUNT_MINOR = 10_000_000_000_000L;

    @JsonCreator
    public TransactionEvent {
        requireText("eventId", eventId);
        require("type", type);
        requireText("transactionId", transactionId);
        if (version < 1) {
            throw new InvalidEventException("version", "must be >= 1, was " + version);
        }
        requireText("userId", userId);
        requireText("accountId", accountId);
        require("emittedAt", emittedAt);
        if (type == EventType.UPSERT) {
            // A removal may carry only identities; an upsert must describe the transaction fully.
            require("status", status);
            require("bookingDate", bookingDate);
            require("amountMinor", amountMinor);
            requireText("currency", currency);
        }
        if (amountMinor != null && Math.abs((double) amountMinor) > MAX_AMOUNT_MINOR) {
            // Consumers sum amounts in longs: an absurd one would overflow a total and stop them, not just err.
            throw new InvalidEventException("amountMinor", "magnitude above " + MAX_AMOUNT_MINOR + ", was "
                    + amountMinor);
        }
        if (currency != null) {
            try {
                // The shared code string: a consumer keeping many transactions keeps one copy of each currency.
                currency = Currency.getInstance(currency).getCurrencyCode();
            } catch (IllegalArgumentException e) {
                throw new InvalidEventException("currency", "'" + currency + "' is not an ISO-4217 code");
            }
        }
        if (replaces != null && replaces.equals(transactionId)) {
            throw new InvalidEventException("replaces", "a transaction cannot replace itself");
        }
        if (userCategory != null) {
            try {
                Category.primaryOf(userCategory);
            } catch (IllegalArgumentException e) {
                throw new InvalidEventException("userCategory", "'" + userCategory + "' is not a category");
            }
        }
        if (userTimeZone != null) {
            try {
                ZoneId.of(userTimeZone);
            } catch (DateTimeException e) {
                throw new InvalidEventException("userTimeZone", "'" + userTimeZone + "' is not a time zone id");
            }
        }
    }

    /** An event without a user's correction. */
    public TransactionEvent(String eventId, EventType type, String transactionId, long version, String userId,
                            String accountId, String source, TransactionStatus status, LocalDate bookingDate,
                            LocalDate valueDate, Long amountMinor, String currency, String description,
                            String merchant, String mcc, String replaces, Instant emittedAt) {
        this(eventId, type, transactionId, version, userId, accountId, source, status, bookingDate, valueDate,
                amountMinor, currency, description, merchant, mcc, replaces, emittedAt, null, null, null);
    }

    @JsonIgnore // derived from type: not a field of the contract
    public boolean isRemoval() {
        return type == EventType.REMOVE;
    }

    private static void require(String field, Object value) {
        if (value == null) {
            throw new InvalidEventException(field, "is required");
        }
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException(field, "is required and must not be blank");
        }
    }
}
