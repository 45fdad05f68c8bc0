package dev.banksync.stream.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Refuses to start a job that has no state to restore at offsets its consumer group committed earlier. Its
 * features would count only what comes after those offsets, and its upserts write absolute values: a month's
 * spending total of 750 would be overwritten by the 300 spent since the restart. A local job never restores state,
 * so it must read the topic from the start (rebuilding the state exactly) or use a group of its own.
 */
public final class EmptyStateGuard {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private EmptyStateGuard() {
    }

    /**
     * @throws IllegalStateException when {@code groupId} has committed offsets on {@code topic}, saying what to do
     */
    public static void refuseCommittedOffsets(String bootstrapServers, String groupId, String topic) {
        Map<TopicPartition, OffsetAndMetadata> committed;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis() / 2,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis()))) {
            committed = admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot ask Kafka at " + bootstrapServers + " for the offsets of consumer"
                    + " group '" + groupId + "': " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Kafka for the group's offsets", e);
        }
        boolean resumes = committed.entrySet().stream()
                .anyMatch(e -> e.getKey().topic().equals(topic) && e.getValue() != null);
        if (resumes) {
            throw new IllegalStateException("consumer group '" + groupId + "' has committed offsets on " + topic
                    + ", but this job starts with empty state: resuming there would overwrite full insight totals"
                    + " with partial ones. Start it with --starting-offsets earliest (BANKSYNC_STREAM_STARTING_OFFSETS"
                    + "=earliest) to rebuild the state from the topic, or give it a new --group-id; on a cluster,"
                    + " resubmit from the job's last checkpoint or savepoint (flink run -s PATH).");
        }
    }
}
