package dev.banksync.stream.kafka;

import dev.banksync.core.event.AlertEvent;
import dev.banksync.stream.alert.AlertDelivery;
import dev.banksync.stream.alert.AlertJson;
import dev.banksync.stream.validate.DeadLetter;
import dev.banksync.stream.validate.DeadLetterJson;
import java.time.Duration;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;

/** The job's Kafka ends: the transactions source, the alerts sink and the dead-letter sink. */
public final class KafkaConnectors {

    private KafkaConnectors() {
    }

    /**
     * Reads raw values of {@code topic}. Offsets restored from a checkpoint or savepoint win; {@code startingOffsets}
     * only applies to a fresh start. Offsets are committed to the group on checkpoints (for monitoring lag).
     */
    public static KafkaSource<byte[]> transactionSource(
            String bootstrapServers, String topic, String groupId, OffsetsInitializer startingOffsets) {
        return KafkaSource.<byte[]>builder()
                .setBootstrapServers(bootstrapServers)
                .setTopics(topic)
                .setGroupId(groupId)
                .setStartingOffsets(startingOffsets)
                .setValueOnlyDeserializer(new RawValueSchema())
                // Only what the outbox relay committed: it publishes with an idempotent, possibly transactional producer.
                .setProperty("isolation.level", "read_committed")
                .setProperty("partition.discovery.interval.ms", "60000")
                .build();
    }

    /**
     * Publishes dead letters as JSON, at least once: after a restart a rejected record may be reported twice, which
     * a reader of a dead-letter topic can live with (no Kafka transactions to tune or to time out).
     */
    public static KafkaSink<DeadLetter> deadLetterSink(String bootstrapServers, String topic) {
        return KafkaSink.<DeadLetter>builder()
                .setBootstrapServers(bootstrapServers)
                .setRecordSerializer(KafkaRecordSerializationSchema.<DeadLetter>builder()
                        .setTopic(topic)
                        .setValueSerializationSchema(new DeadLetterJson())
                        .build())
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }

    /**
     * Publishes alerts as the contract's JSON, keyed by user id, with the chosen {@link AlertDelivery}. Exactly-once
     * uses Kafka transactions named from {@code transactionalIdPrefix} (unique per job on a cluster) that stay open
     * at most 15 minutes, the brokers' default maximum: a checkpoint plus a restart must fit in that.
     */
    public static KafkaSink<AlertEvent> alertSink(String bootstrapServers, String topic, AlertDelivery delivery,
                                                  String transactionalIdPrefix) {
        return KafkaSink.<AlertEvent>builder()
                .setBootstrapServers(bootstrapServers)
                .setRecordSerializer(KafkaRecordSerializationSchema.<AlertEvent>builder()
                        .setTopic(topic)
                        .setKeySerializationSchema(new AlertJson.Key())
                        .setValueSerializationSchema(new AlertJson.Value())
                        .build())
                .setDeliveryGuarantee(delivery.guarantee())
                .setTransactionalIdPrefix(transactionalIdPrefix)
                .setProperty("transaction.timeout.ms", String.valueOf(Duration.ofMinutes(15).toMillis()))
                .setProperty("linger.ms", "5")
                .build();
    }
}
