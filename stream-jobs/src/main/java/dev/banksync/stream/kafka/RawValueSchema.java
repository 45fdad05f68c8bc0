package dev.banksync.stream.kafka;

import org.apache.flink.api.common.serialization.AbstractDeserializationSchema;

/**
 * Hands a Kafka record's value over untouched, so parsing (and its failures) happens in the job where it can be
 * dead-lettered. A record without a value becomes an empty document rather than vanishing.
 */
public class RawValueSchema extends AbstractDeserializationSchema<byte[]> {

    private static final byte[] EMPTY = new byte[0];

    @Override
    public byte[] deserialize(byte[] message) {
        return message == null ? EMPTY : message;
    }
}
