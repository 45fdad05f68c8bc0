package dev.banksync.stream.jdbc;

import dev.banksync.core.db.DbSettings;
import java.io.IOException;
import java.time.Duration;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * The one way the job writes PostgreSQL: a Sink v2 that buffers rows, keeps the latest per key, and writes them as
 * one bulk statement ({@link BulkUpsert}) when 2 000 keys are waiting, 200 ms after the first one arrived, and at
 * every checkpoint (so a checkpoint completes only once its rows are in PostgreSQL: at least once). Every row is an
 * absolute value or a delete, so a batch written again after a restart leaves the tables exact; the rows of one user
 * come from one subtask in order, so the latest row of a key is its current value.
 *
 * <p>Why not flink-connector-jdbc's {@code JdbcSink}: it sends one statement per row (batched over the wire, but
 * still executed row by row), and at 10 000 events/s those single-row upserts were what the job waited on.
 */
public final class BulkUpsertSink<T> implements Sink<T> {

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
    public SinkWriter<T> createWriter(WriterInitContext context) throws IOException {
        return new BulkUpsertWriter<>(statement, new DbSettings(url, user, password), context.getProcessingTimeService(),
                context.metricGroup().getNumRecordsSendCounter(), MAX_BUFFERED_KEYS, FLUSH_INTERVAL, MAX_RETRIES);
    }

    @Override
    public String toString() {
        return "BulkUpsertSink[" + statement.table() + "]";
    }
}
