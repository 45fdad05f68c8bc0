package dev.banksync.testkit.kafka;

import dev.banksync.testkit.postgres.DockerProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Gives the JVM one Kafka cluster, choosing in order: {@code BANKSYNC_TEST_KAFKA_BOOTSTRAP}; a Testcontainers
 * {@code apache/kafka} when a Docker engine answers; otherwise an in-JVM KRaft broker. Shared by all tests.
 */
public final class KafkaProvider {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaProvider.class);
    static final String IMAGE = "apache/kafka:4.2.0";
    private static KafkaBroker shared;
    private static long startupMillis;

    private KafkaProvider() {
    }

    public static synchronized KafkaBroker shared() {
        if (shared == null) {
            long start = System.nanoTime();
            shared = start();
            startupMillis = (System.nanoTime() - start) / 1_000_000;
            LOG.info("testkit Kafka ({}) ready in {} ms at {}", shared.kind(), startupMillis, shared.bootstrapServers());
            KafkaBroker broker = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    broker.close();
                } catch (Exception e) {
                    LOG.warn("stopping testkit Kafka failed", e);
                }
            }, "testkit-kafka-stop"));
        }
        return shared;
    }

    public static synchronized long startupMillis() {
        return startupMillis;
    }

    private static KafkaBroker start() {
        String bootstrap = System.getenv("BANKSYNC_TEST_KAFKA_BOOTSTRAP");
        if (bootstrap != null && !bootstrap.isBlank()) {
            return new ExternalKafka(bootstrap);
        }
        if (DockerProbe.dockerAvailable()) {
            KafkaContainer container = new KafkaContainer(IMAGE);
            container.start();
            return new ContainerKafka(container);
        }
        try {
            return EmbeddedKafkaBroker.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the in-JVM KRaft broker", e);
        }
    }

    record ExternalKafka(String bootstrapServers) implements KafkaBroker {
        @Override
        public String kind() {
            return "env";
        }
    }

    record ContainerKafka(KafkaContainer container) implements KafkaBroker {
        @Override
        public String bootstrapServers() {
            return container.getBootstrapServers();
        }

        @Override
        public String kind() {
            return "testcontainers";
        }

        @Override
        public void close() {
            container.stop();
        }
    }
}
