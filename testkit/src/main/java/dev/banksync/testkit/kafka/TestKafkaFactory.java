package dev.banksync.testkit.kafka;

/** Creates {@link TestKafka} views; kept apart so the view's constructor stays package-private. */
public final class TestKafkaFactory {

    private TestKafkaFactory() {
    }

    public static TestKafka create(KafkaBroker broker, String namespace, int partitions) {
        return new TestKafka(broker, namespace, partitions);
    }
}
