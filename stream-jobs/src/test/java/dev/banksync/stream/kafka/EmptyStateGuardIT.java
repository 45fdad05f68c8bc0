package dev.banksync.stream.kafka;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banksync.core.db.DbSettings;
import dev.banksync.stream.InsightsJobConfig;
import dev.banksync.stream.InsightsJobConfig.StartingOffsets;
import dev.banksync.stream.InsightsJobMain;
import dev.banksync.stream.state.StateTtl;
import dev.banksync.testkit.BanksyncKafka;
import dev.banksync.testkit.kafka.TestKafka;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A local job, which never restores state, refuses to resume a consumer group's committed offsets. */
@ExtendWith(BanksyncKafka.class)
class EmptyStateGuardIT {

    @Test
    void aGroupWithCommittedOffsetsIsRefusedSayingWhatToDoAndAFreshOneIsNot(TestKafka kafka) {
        String topic = kafka.topics().transactions();
        commit(kafka, "resumed-group", new TopicPartition(topic, 1), 42);

        assertThatThrownBy(() -> EmptyStateGuard.refuseCommittedOffsets(kafka.bootstrapServers(), "resumed-group",
                topic)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("consumer group 'resumed-group' has committed offsets on " + topic)
                .hasMessageContaining("--starting-offsets earliest");
        assertThatCode(() -> EmptyStateGuard.refuseCommittedOffsets(kafka.bootstrapServers(), "fresh-group", topic))
                .doesNotThrowAnyException();
        assertThatCode(() -> EmptyStateGuard.refuseCommittedOffsets(kafka.bootstrapServers(), "resumed-group",
                "another.topic")).as("offsets on another topic say nothing about this job").doesNotThrowAnyException();
    }

    @Test
    void runLocalChecksBeforeStartingAnything(TestKafka kafka) {
        String topic = kafka.topics().transactions();
        commit(kafka, "restarted-job", new TopicPartition(topic, 0), 7);
        InsightsJobConfig config = new InsightsJobConfig(kafka.bootstrapServers(), kafka.topics(), "restarted-job",
                new DbSettings("jdbc:postgresql://127.0.0.1:1/unused", "u", "p"), 1, Duration.ofSeconds(1),
                StartingOffsets.COMMITTED, StateTtl.DEFAULT);

        assertThatThrownBy(() -> InsightsJobMain.runLocal(config)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("would overwrite full insight totals with partial ones");
    }

    private static void commit(TestKafka kafka, String group, TopicPartition partition, long offset) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(offset)));
        }
    }
}
