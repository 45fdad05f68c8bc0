package dev.banksync.stream.alert;

import dev.banksync.core.event.AlertEvent;
import dev.banksync.core.event.EventJson;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.serialization.SerializationSchema;

/** An {@link AlertEvent} as the contract's JSON value, and its user id as the record key. */
public final class AlertJson {

    private AlertJson() {
    }

    public static final class Value implements SerializationSchema<AlertEvent> {

        @Override
        public byte[] serialize(AlertEvent alert) {
            return EventJson.write(alert);
        }
    }

    public static final class Key implements SerializationSchema<AlertEvent> {

        @Override
        public byte[] serialize(AlertEvent alert) {
            return alert.userId().getBytes(StandardCharsets.UTF_8);
        }
    }
}
