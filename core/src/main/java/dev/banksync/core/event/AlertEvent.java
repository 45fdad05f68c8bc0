package dev.banksync.core.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * Something a user should hear about, published on {@code banksync.alerts.v1} (key = user id) for notification
 * services. {@code alertId} is deterministic for the same finding so that a replay produces the same id and
 * consumers can drop it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlertEvent(
        @JsonProperty(required = true) String alertId,
        @JsonProperty(required = true) String userId,
        @JsonProperty(required = true) AlertKind kind,
        String transactionId,
        String category,
        Long amountMinor,
        String currency,
        Double score,
        @JsonProperty(required = true) String reason,
        @JsonProperty(required = true) Instant emittedAt) {

    public enum AlertKind {
        UNUSUAL_AMOUNT,
        DUPLICATE_CHARGE,
        VELOCITY_BURST,
        LARGE_FIRST_TIME_MERCHANT,
        SUBSCRIPTION_PRICE_INCREASE,
        UNUSUAL_CURRENCY_OR_COUNTRY,
        BUDGET_80_PERCENT,
        BUDGET_100_PERCENT
    }

    public AlertEvent {
        if (alertId == null || alertId.isBlank()) {
            throw new InvalidEventException("alertId", "is required and must not be blank");
        }
        if (userId == null || userId.isBlank()) {
            throw new InvalidEventException("userId", "is required and must not be blank");
        }
        if (kind == null) {
            throw new InvalidEventException("kind", "is required");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidEventException("reason", "is required: every alert says why in words");
        }
        if (emittedAt == null) {
            throw new InvalidEventException("emittedAt", "is required");
        }
    }
}
