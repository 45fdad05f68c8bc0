package dev.banksync.stream.jdbc;

import dev.banksync.core.db.DbSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.StatefulSinkWriter;
import org.apache.flink.api.connector.sink2.SupportsWriterState;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * The one way the job writes PostgreSQL: a Sink v2 that buffers rows, keeps the latest per key, and writes them as
 * one bulk statement ({@link BulkUpsert}) on a thread of its own when 2 000 keys are waiting or 200 ms after the first
 * one arrived. At least once: rows not yet committed when a checkpoint is taken are part of it
 * ({@link BulkUpsertWriter}), so neither the task nor the checkpoint (and with it the exactly-once alerts) waits for
 * the database. Every row is an absolute value or a delete, so a batch written again after a restart leaves the
 * tables exact; the rows of one user come from one subtask in order, so the latest row of a key is its current value.
 *
 * <p>Why not flink-connector-jdbc's {@code JdbcSink}: it executes one statement per row, and it flushes synchronously
 * at every checkpoint; at 10 000 events/s both were what the job waited on.
 */
public final class BulkUpsertSink<T> implements Sink<T>, SupportsWriterState<T, BufferedRows> {

    private static final long serialVersionUID = 1L;

    static final int MAX_BUFFERED_KEYS = 2_000;
    static final Duration FLUSH_INTERVAL = Duration.ofMillis(200);
    static final int MAX_RETRIES = 3;

    private final BulkUpsert<T> statement;
    // DbSettings is not Serializable; its three parts are
    private final String url;
    private final String user;
    private final String password;

    private BulkUpsertSink(BulkUpsert<T> statement, DbSettings db) {
        this.statement = statement;
        this.url = db.url();
        this.user = db.user();
        this.password = db.password();
    }

    public static <T> BulkUpsertSink<T> to(DbSettings db, BulkUpsert<T> statement) {
        return new BulkUpsertSink<>(statement, db);
    }

    @Override
    public StatefulSinkWriter<T, BufferedRows> createWriter(WriterInitContext context) {
        String name = "bulk-upsert " + statement.table() + " #" + context.getTaskInfo().getIndexOfThisSubtask();
        BulkUpsertConnection<T> database = new BulkUpsertConnection<>(statement, new DbSettings(url, user, password),
                context.metricGroup().getNumRecordsSendCounter(), MAX_RETRIES, name);
        return new BulkUpsertWriter<>(statement, database, context.createInputSerializer(),
                context.getProcessingTimeService(), MAX_BUFFERED_KEYS, FLUSH_INTERVAL);
    }

    @Override
    public StatefulSinkWriter<T, BufferedRows> restoreWriter(WriterInitContext context,
            Collection<BufferedRows> recoveredState) throws IOException {
        BulkUpsertWriter<T> writer = (BulkUpsertWriter<T>) createWriter(context);
        writer.restore(recoveredState);
        // Written before this subtask takes any input: after a change of parallelism a key's restored row may sit in
        // another subtask than the one that now processes its user, and it must not land after that one's newer row.
        try {
            writer.drain();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the rows restored from the checkpoint", e);
        }
        return writer;
    }

    @Override
    public SimpleVersionedSerializer<BufferedRows> getWriterStateSerializer() {
        return new BufferedRows.Serializer();
    }

    @Override
    public String toString() {
        return "BulkUpsertSink[" + statement.table() + "]";
    }
}
