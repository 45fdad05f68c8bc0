package dev.banksync.stream.alert;

import dev.banksync.core.event.AlertEvent;
import dev.banksync.core.event.AlertEvent.AlertKind;
import dev.banksync.core.money.Money;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Builds {@link AlertEvent}s the same way every time for the same finding: the id is a name-based UUID of kind,
 * user and subject (a transaction, a day, a budget period), and the time is the triggering event's, never the
 * clock. A replay after a restart therefore produces byte-identical alerts that upsert onto the same rows and that
 * a notification service can drop by id.
 */
public final class Alerts {

    private Alerts() {
    }

    public static String id(AlertKind kind, String userId, String subject) {
        String name = kind.name() + '|' + userId + '|' + subject;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static AlertEvent of(AlertKind kind, String userId, String subject, String transactionId, String category,
                                Long amountMinor, String currency, double score, String reason, Instant at) {
        return new AlertEvent(id(kind, userId, subject), userId, kind, transactionId, category, amountMinor, currency,
                score, reason, at);
    }

    /** "12.50 EUR" for reasons people read. */
    public static String money(long minor, String currency) {
        return Money.ofMinor(minor, currency).toString();
    }

    /** Whether an alert is an anomaly finding (as opposed to a budget threshold). */
    public static boolean isAnomaly(AlertEvent alert) {
        return alert.kind() != AlertKind.BUDGET_80_PERCENT && alert.kind() != AlertKind.BUDGET_100_PERCENT;
    }
}
