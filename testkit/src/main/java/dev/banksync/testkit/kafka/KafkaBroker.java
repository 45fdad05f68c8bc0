package dev.banksync.testkit.kafka;

/** A running Kafka cluster clients can reach. */
public interface KafkaBroker extends AutoCloseable {

    String bootstrapServers();

    /** Which path provided it: env, testcontainers or embedded. */
    String kind();

    @Override
    default void close() throws Exception {
    }
}
