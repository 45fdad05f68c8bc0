package dev.banksync.stream;

import dev.banksync.core.event.TransactionEvent;
import dev.banksync.core.event.TransactionEvent.EventType;
import dev.banksync.core.event.TransactionEvent.TransactionStatus;
import java.time.Instant;
import java.time.LocalDate;

/** Builds contract-valid {@link TransactionEvent}s for tests: {@code TestEvents.txn("u1", "t1").amount(-500, "EUR").posted()}. */
public final class TestEvents {

    private final String userId;
    private final String transactionId;
    private long version = 1;
    private LocalDate bookingDate = LocalDate.of(2026, 3, 14);
    private long amountMinor = -1000;
    private String currency = "EUR";
    private String description = "CARD PAYMENT";
    private String mcc;
    private String merchant;
    private String replaces;
    private String userCategory;
    private String userTimeZone;
    private java.time.Instant authorizedAt;
    private Instant emittedAt;

    private TestEvents(String userId, String transactionId) {
        this.userId = userId;
        this.transactionId = transactionId;
    }

    public static TestEvents txn(String userId, String transactionId) {
        return new TestEvents(userId, transactionId);
    }

    public TestEvents version(long newVersion) {
        this.version = newVersion;
        return this;
    }

    public TestEvents on(String isoDate) {
        this.bookingDate = LocalDate.parse(isoDate);
        return this;
    }

    public TestEvents amount(long minor, String currencyCode) {
        this.amountMinor = minor;
        this.currency = currencyCode;
        return this;
    }

    public TestEvents description(String text) {
        this.description = text;
        return this;
    }

    public TestEvents merchant(String name) {
        this.merchant = name;
        return this;
    }

    /** When the event was emitted; by default 2026-03-20T10:00:00Z plus the version in seconds. */
    public TestEvents emittedAt(String isoInstant) {
        this.emittedAt = Instant.parse(isoInstant);
        return this;
    }

    public TestEvents on(LocalDate date) {
        this.bookingDate = date;
        return this;
    }

    public TestEvents mcc(String code) {
        this.mcc = code;
        return this;
    }

    public TestEvents correctedTo(String category) {
        this.userCategory = category;
        return this;
    }

    public TestEvents inZone(String zoneId) {
        this.userTimeZone = zoneId;
        return this;
    }

    /** The card authorisation instant the source reported. */
    public TestEvents authorizedAt(String isoInstant) {
        this.authorizedAt = java.time.Instant.parse(isoInstant);
        return this;
    }

    public TestEvents replacing(String pendingId) {
        this.replaces = pendingId;
        return this;
    }

    public TransactionEvent posted() {
        return upsert(TransactionStatus.POSTED);
    }

    public TransactionEvent pending() {
        return upsert(TransactionStatus.PENDING);
    }

    public TransactionEvent removed() {
        return new TransactionEvent(eventId(), EventType.REMOVE, transactionId, version, userId, "acc-" + userId,
                "test", null, null, null, null, null, null, null, null, null, emittedAt());
    }

    private TransactionEvent upsert(TransactionStatus status) {
        return new TransactionEvent(eventId(), EventType.UPSERT, transactionId, version, userId, "acc-" + userId,
                "test", status, bookingDate, bookingDate, amountMinor, currency, description, merchant, mcc, replaces,
                emittedAt(), userCategory, userTimeZone, authorizedAt);
    }

    private String eventId() {
        return transactionId + "-v" + version;
    }

    private Instant emittedAt() {
        return emittedAt != null ? emittedAt : Instant.parse("2026-03-20T10:00:00Z").plusSeconds(version);
    }
}
