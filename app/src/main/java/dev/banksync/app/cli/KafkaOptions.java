package dev.banksync.app.cli;

import dev.banksync.core.config.BanksyncEnv;
import dev.banksync.core.event.TopicNames;
import picocli.CommandLine.Option;

/** Kafka options shared by commands; defaults come from {@code BANKSYNC_KAFKA_BOOTSTRAP} and {@code BANKSYNC_TOPIC_NAMESPACE}. */
public final class KafkaOptions {

    @Option(names = "--kafka", description = "bootstrap servers (default: $BANKSYNC_KAFKA_BOOTSTRAP or localhost:9092)")
    String bootstrap;

    @Option(names = "--topic-namespace", description = "prefix for the contract topics (default: $BANKSYNC_TOPIC_NAMESPACE or none)")
    String namespace;

    public String bootstrap() {
        return bootstrap != null ? bootstrap : BanksyncEnv.system().kafkaBootstrap();
    }

    public TopicNames topics() {
        return TopicNames.withNamespace(namespace != null ? namespace
                : BanksyncEnv.system().get(BanksyncEnv.TOPIC_NAMESPACE, ""));
    }
}
