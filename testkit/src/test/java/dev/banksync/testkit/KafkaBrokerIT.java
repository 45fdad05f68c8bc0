package dev.banksync.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.testkit.kafka.TestKafka;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A real broker answers: produce and consume through the test's own topic namespace. */
@ExtendWith(BanksyncKafka.class)
class KafkaBrokerIT {

    @Test
    void producesAndConsumesOnTheTestsOwnTopics(TestKafka kafka) throws Exception {
        assertThat(kafka.topics().transactions()).endsWith("banksync.transactions.v1").isNotEqualTo("banksync.transactions.v1");
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(kafka.topics().alerts(), "u1", "a")).get();
            producer.send(new ProducerRecord<>(kafka.topics().alerts(), "u1", "b")).get();
        }
        var records = kafka.readAll(kafka.topics().alerts(), 2, Duration.ofSeconds(20));
        assertThat(TestKafka.values(records)).containsExactly("a", "b");
    }
}
