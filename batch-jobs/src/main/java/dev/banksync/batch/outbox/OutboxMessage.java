package dev.banksync.batch.outbox;

import dev.banksync.core.event.EventJson;
import dev.banksync.core.event.TopicNames;
import dev.banksync.core.event.TransactionEvent;
import java.util.Objects;

/**
 * One row for {@code ops.outbox}: the contract topic name (a namespace is applied only when the relay sends), the
 * message key and the JSON payload.
 */
public record OutboxMessage(String topic, String key, String payload) {

    public OutboxMessage {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(payload, "payload");
    }

    /** A transaction event keyed by its user, which keeps one user's events in order on one partition. */
    public static OutboxMessage transactionEvent(TransactionEvent event) {
        return new OutboxMessage(TopicNames.TRANSACTIONS, event.userId(), EventJson.writeString(event));
    }
}
