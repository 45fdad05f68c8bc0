package dev.banksync.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicNamesTest {

    @Test
    void namespacesPrefixEveryTopicAndEmptyMeansTheContractNames() {
        TopicNames t = TopicNames.withNamespace("staging.");
        assertThat(t.transactions()).isEqualTo("staging.banksync.transactions.v1");
        assertThat(t.alerts()).isEqualTo("staging.banksync.alerts.v1");
        assertThat(t.transactionsDlq()).isEqualTo("staging.banksync.transactions.dlq.v1");
        assertThat(TopicNames.withNamespace("")).isEqualTo(TopicNames.DEFAULT);
    }
}
