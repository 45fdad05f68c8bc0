package dev.banksync.stream.jdbc;

import java.io.IOException;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * A bulk sink writer's checkpointed state: the rows it had not yet seen committed to PostgreSQL, already serialised
 * with the sink's input serializer (which only the writer has), so the checkpoint never waits for the database.
 */
public record BufferedRows(byte[] serialized) {

    /** The bytes as they are; the row format is the input type's own serializer. */
    static final class Serializer implements SimpleVersionedSerializer<BufferedRows> {

        @Override
        public int getVersion() {
            return 1;
        }

        @Override
        public byte[] serialize(BufferedRows rows) {
            return rows.serialized();
        }

        @Override
        public BufferedRows deserialize(int version, byte[] serialized) throws IOException {
            if (version != 1) {
                throw new IOException("unknown bulk sink state version " + version);
            }
            return new BufferedRows(serialized);
        }
    }
}
