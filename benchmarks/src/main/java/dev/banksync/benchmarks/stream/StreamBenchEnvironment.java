package dev.banksync.benchmarks.stream;

import dev.banksync.core.db.DbSettings;
import dev.banksync.core.event.TopicNames;
import dev.banksync.stream.InsightsJobConfig;
import dev.banksync.stream.InsightsJobConfig.StartingOffsets;
import dev.banksync.stream.alert.AlertDelivery;
import dev.banksync.stream.state.StateTtl;
import dev.banksync.testkit.kafka.KafkaProvider;
import dev.banksync.testkit.kafka.TestKafka;
import dev.banksync.testkit.kafka.TestKafkaFactory;
import dev.banksync.testkit.postgres.TestDatabase;
import dev.banksync.testkit.postgres.TestDatabases;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * testkit's in-JVM Kafka and embedded PostgreSQL, used outside JUnit: each benchmark run gets its own migrated
 * database and its own topic namespace, and the job connects as the stream writer role, as deployed.
 */
final class StreamBenchEnvironment {

    private final TestKafka kafka;
    private final TestDatabase db;

    private StreamBenchEnvironment(TestKafka kafka, TestDatabase db) {
        this.kafka = kafka;
        this.db = db;
    }

    static StreamBenchEnvironment create(String name) {
        return new StreamBenchEnvironment(TestKafkaFactory.create(KafkaProvider.shared(), name + ".", 4),
                TestDatabases.create(name));
    }

    TopicNames topics() {
        return kafka.topics();
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    TestDatabase db() {
        return db;
    }

    InsightsJobConfig config(Duration checkpointInterval, AlertDelivery delivery) {
        DbSettings writer = db.loginAs("banksync_stream_writer");
        return new InsightsJobConfig(kafka.bootstrapServers(), kafka.topics(), "bench-" + System.nanoTime(), writer,
                2, checkpointInterval, StartingOffsets.EARLIEST, StateTtl.DEFAULT).withAlertDelivery(delivery);
    }

    /** Appends the events to the transactions topic as fast as the producer goes. */
    void produceAll(List<BenchmarkEvents.Event> events) {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (BenchmarkEvents.Event e : events) {
                producer.send(new ProducerRecord<>(kafka.topics().transactions(), e.userId(), e.json()));
            }
            producer.flush();
        }
    }

    KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 1,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024), new StringSerializer(), new ByteArraySerializer());
    }

    void close() {
        db.close();
    }
}
