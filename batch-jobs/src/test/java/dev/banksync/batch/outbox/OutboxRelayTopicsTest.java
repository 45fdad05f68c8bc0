package dev.banksync.batch.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.core.event.TopicNames;
import org.apache.kafka.clients.producer.MockProducer;
import org.junit.jupiter.api.Test;

class OutboxRelayTopicsTest {

    @Test
    void contractTopicsMapOntoTheRelaysNamespace() {
        OutboxRelay relay = new OutboxRelay(null, new MockProducer<>(), TopicNames.withNamespace("staging."));

        assertThat(relay.physicalTopic(TopicNames.TRANSACTIONS)).isEqualTo("staging.banksync.transactions.v1");
        assertThat(relay.physicalTopic(TopicNames.ALERTS)).isEqualTo("staging.banksync.alerts.v1");
        assertThat(relay.physicalTopic(TopicNames.TRANSACTIONS_DLQ)).isEqualTo("staging.banksync.transactions.dlq.v1");
        assertThat(relay.physicalTopic("other.topic")).isEqualTo("other.topic");
    }
}
