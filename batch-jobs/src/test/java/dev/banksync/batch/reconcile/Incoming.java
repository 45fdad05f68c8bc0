package dev.banksync.batch.reconcile;

import dev.banksync.core.event.TransactionEvent.TransactionStatus;
import dev.banksync.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;

/** Terse incoming changes for tests: {@code Incoming.posted("acc", "t1", "2026-03-02", -450, "COFFEE").upsert()}. */
record Incoming(String accountId, String externalId, TransactionStatus status, LocalDate date, long minor,
                String description, String pendingId, LocalDate authorized, Instant authorizedAt, String merchant,
                String currency) {

    static final String USER = "u1";

    static Incoming posted(String account, String id, String date, long minor, String description) {
        return new Incoming(account, id, TransactionStatus.POSTED, LocalDate.parse(date), minor, description, null,
                null, null, null, "USD");
    }

    static Incoming pending(String account, String id, String date, long minor, String description) {
        return new Incoming(account, id, TransactionStatus.PENDING, LocalDate.parse(date), minor, description, null,
                null, null, null, "USD");
    }

    static IncomingChange removal(String account, String id) {
        return new IncomingChange.Removal(account, USER, id);
    }

    Incoming settles(String pendingExternalId) {
        return new Incoming(accountId, externalId, status, date, minor, description, pendingExternalId, authorized,
                authorizedAt, merchant, currency);
    }

    Incoming authorized(String date) {
        return new Incoming(accountId, externalId, status, this.date, minor, description, pendingId,
                LocalDate.parse(date), authorizedAt, merchant, currency);
    }

    Incoming amount(long newMinor) {
        return new Incoming(accountId, externalId, status, date, newMinor, description, pendingId, authorized,
                authorizedAt, merchant, currency);
    }

    /** Authorised at this instant (ISO-8601), as a provider reporting authorisation times says. */
    Incoming authorizedAt(String instant) {
        return new Incoming(accountId, externalId, status, date, minor, description, pendingId, authorized,
                Instant.parse(instant), merchant, currency);
    }

    /** With the merchant name the source reports. */
    Incoming merchant(String name) {
        return new Incoming(accountId, externalId, status, date, minor, description, pendingId, authorized,
                authorizedAt, name, currency);
    }

    /** In another currency (ISO code). */
    Incoming in(String currencyCode) {
        return new Incoming(accountId, externalId, status, date, minor, description, pendingId, authorized,
                authorizedAt, merchant, currencyCode);
    }

    IncomingChange upsert() {
        return new IncomingChange.Upsert(new IncomingTransaction(accountId, USER, externalId, pendingId, status, date,
                null, authorized, authorizedAt, Money.ofMinor(minor, currency), description, merchant, null));
    }
}
