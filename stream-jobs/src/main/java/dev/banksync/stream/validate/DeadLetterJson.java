package dev.banksync.stream.validate;

import dev.banksync.core.event.EventJson;
import org.apache.flink.api.common.serialization.SerializationSchema;

/** Writes a {@link DeadLetter} as the JSON document {reason, field, rawValue, failedAt} with core's mapper. */
public class DeadLetterJson implements SerializationSchema<DeadLetter> {

    @Override
    public byte[] serialize(DeadLetter deadLetter) {
        return EventJson.write(deadLetter);
    }
}
