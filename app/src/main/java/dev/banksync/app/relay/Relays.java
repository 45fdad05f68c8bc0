package dev.banksync.app.relay;

import dev.banksync.batch.outbox.OutboxProducers;
import dev.banksync.batch.outbox.OutboxRelay;
import dev.banksync.batch.outbox.OutboxRelayRunner;
import dev.banksync.core.event.TopicNames;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;

/** The outbox relay as the CLI runs it everywhere (relay, scheduler, demo): one place for its settings. */
public final class Relays {

    public static final int DEFAULT_BATCH_SIZE = 500;
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    /** How long sent outbox rows are kept (for an operator to look at) before pruning. */
    public static final Duration RETENTION = Duration.ofDays(7);
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    private Relays() {
    }

    public static OutboxRelay open(DataSource batchWriter, String kafkaBootstrap, TopicNames topics) {
        return new OutboxRelay(batchWriter, OutboxProducers.create(kafkaBootstrap, Map.of()), topics);
    }

    /** Sends everything waiting now; returns how many rows it took off the backlog (sent, or set aside as dead). */
    public static int drain(OutboxRelay relay, int batchSize) {
        int total = 0;
        for (int sent = relay.relayOnce(batchSize); sent > 0; sent = relay.relayOnce(batchSize)) {
            total += sent;
        }
        return total;
    }

    /** A continuous relay: polls, sends in order per user, prunes rows sent more than a week ago. */
    public static OutboxRelayRunner runner(OutboxRelay relay, int batchSize) {
        return new OutboxRelayRunner(relay, batchSize, POLL_INTERVAL, RETENTION, PRUNE_EVERY);
    }
}
