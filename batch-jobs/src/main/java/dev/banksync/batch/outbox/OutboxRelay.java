package dev.banksync.batch.outbox;

import dev.banksync.core.event.TopicNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;

/**
 * Publishes {@code ops.outbox} rows to Kafka, at least once and in outbox order. One database transaction per
 * call: lock a batch of unsent rows, send them, wait until Kafka acknowledged every one, mark them sent, commit.
 * If Kafka fails, the transaction rolls back and the rows wait for the next call; a row may then be sent twice,
 * which consumers absorb (they are idempotent on transaction id and version), but never lost or reordered for a
 * key. Closing the relay closes its producer.
 */
public class OutboxRelay implements AutoCloseable {

    /** Only one relay works at a time, cluster-wide: two relays taking alternate batches could reorder a user. */
    private static final long RELAY_LOCK = 0x62616e6b73796e63L; // "banksync"

    private record Row(long id, String topic, String key, String payload) {
    }

    static final int PRUNE_SLICE = 10_000;

    private final DataSource dataSource;
    private final Producer<String, String> producer;
    private final TopicNames topics;

    /** @param topics the physical topics, e.g. {@code TopicNames.withNamespace("staging.")} */
    public OutboxRelay(DataSource dataSource, Producer<String, String> producer, TopicNames topics) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.topics = topics;
    }

    /**
     * Sends up to {@code maxRows} unsent rows and marks them sent; returns how many (0 when there are none or
     * another relay holds the lock). Throws, with nothing marked, when Kafka or the database fails.
     */
    public int relayOnce(int maxRows) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int sent = relay(c, maxRows);
                c.commit();
                return sent;
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("outbox relay: database failed: " + e.getMessage(), e);
        }
    }

    /**
     * Deletes rows sent longer ago than {@code retention}, in slices of {@value #PRUNE_SLICE} rows (each its own
     * short transaction, found through the sent_at index), so pruning a large backlog of sent rows never holds
     * long locks or one huge transaction. Unsent rows are never pruned. Returns how many rows it deleted.
     */
    public int prune(Duration retention) {
        int total = 0;
        int deleted;
        do {
            deleted = pruneSlice(retention);
            total += deleted;
        } while (deleted == PRUNE_SLICE);
        return total;
    }

    /** How many rows wait to be sent and how long the oldest has waited: what an operator watches. */
    public Backlog backlog() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT count(*), min(created_at) FROM ops.outbox WHERE sent_at IS NULL""");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            Timestamp oldest = rs.getTimestamp(2);
            return new Backlog(rs.getLong(1), oldest == null ? null : oldest.toInstant());
        } catch (SQLException e) {
            throw new IllegalStateException("outbox backlog query failed: " + e.getMessage(), e);
        }
    }

    /** Unsent rows and the creation time of the oldest (null when none waits). */
    public record Backlog(long unsent, Instant oldestCreatedAt) {
    }

    private int pruneSlice(Duration retention) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     DELETE FROM ops.outbox WHERE outbox_id IN (
                         SELECT outbox_id FROM ops.outbox WHERE sent_at < now() - make_interval(secs => ?)
                         ORDER BY sent_at LIMIT ?)""")) {
            ps.setDouble(1, retention.toMillis() / 1000.0);
            ps.setInt(2, PRUNE_SLICE);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("outbox prune failed: " + e.getMessage(), e);
        }
    }

    /** The topic a row goes to: contract topic names map onto this relay's (possibly namespaced) topics. */
    String physicalTopic(String contractTopic) {
        return switch (contractTopic) {
            case TopicNames.TRANSACTIONS -> topics.transactions();
            case TopicNames.ALERTS -> topics.alerts();
            case TopicNames.TRANSACTIONS_DLQ -> topics.transactionsDlq();
            default -> contractTopic;
        };
    }

    @Override
    public void close() {
        producer.close();
    }

    private int relay(Connection c, int maxRows) throws SQLException {
        if (!tryLock(c)) {
            return 0;
        }
        List<Row> rows = lockUnsent(c, maxRows);
        if (rows.isEmpty()) {
            return 0;
        }
        publish(rows);
        try (PreparedStatement ps = c.prepareStatement("UPDATE ops.outbox SET sent_at = now() WHERE outbox_id = ANY(?)")) {
            ps.setObject(1, rows.stream().mapToLong(Row::id).toArray());
            ps.executeUpdate();
        }
        return rows.size();
    }

    private static boolean tryLock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            ps.setLong(1, RELAY_LOCK);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static List<Row> lockUnsent(Connection c, int maxRows) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT outbox_id, topic, message_key, payload::text FROM ops.outbox
                WHERE sent_at IS NULL ORDER BY outbox_id LIMIT ? FOR UPDATE SKIP LOCKED""")) {
            ps.setInt(1, maxRows);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return rows;
    }

    /** Sends in id order and returns only when Kafka acknowledged every row; stops at the first failure. */
    private void publish(List<Row> rows) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        try {
            for (Row row : rows) {
                Future<RecordMetadata> ack = producer.send(new ProducerRecord<>(physicalTopic(row.topic()), row.key(), row.payload()));
                if (ack.isDone()) {
                    ack.get(); // a send that failed at once (no metadata): do not wait the timeout again per row
                }
                acks.add(ack);
            }
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        } catch (ExecutionException | KafkaException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IllegalStateException("outbox relay: Kafka did not take " + rows.size()
                    + " rows (first id " + rows.get(0).id() + "); they stay unsent: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("outbox relay interrupted; rows stay unsent", e);
        }
    }
}
