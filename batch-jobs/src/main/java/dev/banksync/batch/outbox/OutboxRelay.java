package dev.banksync.batch.outbox;

import dev.banksync.batch.outbox.OutboxTable.Row;
import dev.banksync.core.event.TopicNames;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes {@code ops.outbox} rows to Kafka, at least once and in outbox order. One database transaction per
 * call: lock a batch of unsent rows, send them, wait until Kafka acknowledged every one, mark them sent, commit.
 * If Kafka fails, the transaction rolls back and the rows wait for the next call; a row may then be sent twice,
 * which consumers absorb (they are idempotent on transaction id and version), but never lost or reordered for a
 * key. A row Kafka can never take ({@link PoisonRecords}) is set aside as dead with its reason, announced on the
 * dead-letter topic, and the rows behind it go on; it waits in the table until {@link #requeueDead()}.
 * Closing the relay closes its producer.
 */
public class OutboxRelay implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    static final int PRUNE_SLICE = OutboxTable.PRUNE_SLICE;

    private final OutboxTable table;
    private final Producer<String, String> producer;
    private final TopicNames topics;
    private final AtomicLong deadLettered = new AtomicLong();

    /** @param topics the physical topics, e.g. {@code TopicNames.withNamespace("staging.")} */
    public OutboxRelay(DataSource dataSource, Producer<String, String> producer, TopicNames topics) {
        this.table = new OutboxTable(dataSource);
        this.producer = producer;
        this.topics = topics;
    }

    /**
     * Sends up to {@code maxRows} waiting rows and marks them sent (or dead, for rows Kafka can never take);
     * returns how many rows it took off the backlog (0 when there are none or another relay holds the lock).
     * Throws, with nothing marked, when Kafka or the database fails.
     */
    public int relayOnce(int maxRows) {
        try (Connection c = table.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                int taken = relay(c, maxRows);
                c.commit();
                return taken;
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("outbox relay: database failed: " + e.getMessage(), e);
        }
    }

    /** Rows this relay set aside as dead since it was opened. */
    public long deadLettered() {
        return deadLettered.get();
    }

    /** Puts every dead row back in line, once its cause is fixed (e.g. a larger size limit); returns how many. */
    public int requeueDead() {
        return table.requeueDead();
    }

    /**
     * Deletes rows sent longer ago than {@code retention}, in slices of {@value #PRUNE_SLICE} rows (each its own
     * short transaction, found through the sent_at index), so pruning a large backlog of sent rows never holds
     * long locks or one huge transaction. Unsent and dead rows are never pruned. Returns how many rows it deleted.
     */
    public int prune(Duration retention) {
        int total = 0;
        int deleted;
        do {
            deleted = table.pruneSlice(retention);
            total += deleted;
        } while (deleted == PRUNE_SLICE);
        return total;
    }

    /** How many rows wait to be sent, how long the oldest has waited, how many are dead: what an operator watches. */
    public Backlog backlog() {
        return table.backlog();
    }

    /** The same, read without a relay (no Kafka producer needed), e.g. by a health check. */
    public static Backlog backlog(DataSource dataSource) {
        return new OutboxTable(dataSource).backlog();
    }

    /** Unsent rows, the creation time of the oldest (null when none waits) and the rows set aside as dead. */
    public record Backlog(long unsent, Instant oldestCreatedAt, long dead) {
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
        if (!OutboxTable.tryRelayLock(c)) {
            return 0;
        }
        List<Row> rows = OutboxTable.lockUnsent(c, maxRows);
        if (rows.isEmpty()) {
            return 0;
        }
        Map<Long, String> dead = publish(rows);
        if (!dead.isEmpty()) {
            OutboxTable.markDead(c, dead);
            announce(rows, dead);
        }
        OutboxTable.markSent(c, rows.stream().mapToLong(Row::id).filter(id -> !dead.containsKey(id)).toArray());
        deadLettered.addAndGet(dead.size());
        return rows.size();
    }

    /**
     * Sends in id order and returns only when Kafka acknowledged every row but the poison ones, which it returns
     * with their reasons; any other failure throws so that the whole batch stays unsent.
     */
    private Map<Long, String> publish(List<Row> rows) {
        Map<Long, String> poison = new LinkedHashMap<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        try {
            for (Row row : rows) {
                Future<RecordMetadata> ack = producer.send(new ProducerRecord<>(physicalTopic(row.topic()), row.key(), row.payload()));
                if (ack.isDone()) {
                    awaitAck(ack, row, poison); // failed at once (size check, no metadata): fail fast, not per row
                }
                acks.add(ack);
            }
            producer.flush();
            for (int i = 0; i < rows.size(); i++) {
                awaitAck(acks.get(i), rows.get(i), poison);
            }
            return poison;
        } catch (ExecutionException | KafkaException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IllegalStateException("outbox relay: Kafka did not take " + rows.size()
                    + " rows (first id " + rows.get(0).id() + "); they stay unsent: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("outbox relay interrupted; rows stay unsent", e);
        }
    }

    private static void awaitAck(Future<RecordMetadata> ack, Row row, Map<Long, String> poison)
            throws ExecutionException, InterruptedException {
        if (poison.containsKey(row.id())) {
            return;
        }
        try {
            ack.get();
        } catch (ExecutionException e) {
            if (!PoisonRecords.isPoison(e.getCause())) {
                throw e;
            }
            poison.put(row.id(), PoisonRecords.reason(e.getCause(), row.payload().length()));
        }
    }

    /** Logs every dead row and tells the dead-letter topic, best effort: the table already keeps the row. */
    private void announce(List<Row> rows, Map<Long, String> dead) {
        List<Future<RecordMetadata>> notices = new ArrayList<>();
        for (Row row : rows) {
            String reason = dead.get(row.id());
            if (reason != null) {
                LOG.error("outbox row {} (key {}) set aside as dead: {}", row.id(), row.key(), reason);
                notices.add(producer.send(new ProducerRecord<>(topics.transactionsDlq(), row.key(),
                        PoisonRecords.deadLetterJson(row.id(), reason, row.payload(), Instant.now()))));
            }
        }
        producer.flush();
        for (Future<RecordMetadata> notice : notices) {
            try {
                notice.get();
            } catch (ExecutionException e) {
                LOG.warn("could not announce a dead outbox row on {}: {}", topics.transactionsDlq(), String.valueOf(e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
