package dev.banksync.stream.jdbc;

import dev.banksync.core.db.DbSettings;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.metrics.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buffers the latest row per key and writes the buffer in one transaction (see {@link BulkUpsertSink} for when).
 * A failed write is retried on a fresh connection with a growing pause; after the last retry the writer throws, the
 * job restarts from its last checkpoint and the rows come again. Runs on the task's mailbox thread only (the flush
 * timer's callback included), so it needs no locking.
 */
final class BulkUpsertWriter<T> implements SinkWriter<T> {

    private static final Logger LOG = LoggerFactory.getLogger(BulkUpsertWriter.class);

    private final BulkUpsert<T> statement;
    private final DbSettings db;
    private final ProcessingTimeService time;
    private final Counter rowsWritten;
    private final int maxBufferedKeys;
    private final long flushIntervalMillis;
    private final int maxRetries;

    private final Map<Object, T> latestByKey = new LinkedHashMap<>();
    private boolean flushTimerSet;
    private Connection connection;
    private PreparedStatement upsert;
    private PreparedStatement delete;

    BulkUpsertWriter(BulkUpsert<T> statement, DbSettings db, ProcessingTimeService time, Counter rowsWritten,
            int maxBufferedKeys, Duration flushInterval, int maxRetries) {
        this.statement = statement;
        this.db = db;
        this.time = time;
        this.rowsWritten = rowsWritten;
        this.maxBufferedKeys = maxBufferedKeys;
        this.flushIntervalMillis = flushInterval.toMillis();
        this.maxRetries = maxRetries;
    }

    @Override
    public void write(T row, Context context) throws IOException, InterruptedException {
        // remove first so a re-written key moves to the end: the buffer keeps arrival order of latest values
        Object key = statement.keyOf(row);
        latestByKey.remove(key);
        latestByKey.put(key, row);
        if (latestByKey.size() >= maxBufferedKeys) {
            writeBuffer();
        } else if (!flushTimerSet) {
            flushTimerSet = true;
            time.registerTimer(time.getCurrentProcessingTime() + flushIntervalMillis, now -> onFlushTimer());
        }
    }

    private void onFlushTimer() throws IOException, InterruptedException {
        flushTimerSet = false;
        writeBuffer();
    }

    @Override
    public void flush(boolean endOfInput) throws IOException, InterruptedException {
        writeBuffer();
    }

    private void writeBuffer() throws IOException, InterruptedException {
        if (latestByKey.isEmpty()) {
            return;
        }
        int rows = latestByKey.size();
        for (int attempt = 0; ; attempt++) {
            try {
                Connection c = connection();
                statement.write(c, upsert, delete, latestByKey.values());
                c.commit();
                break;
            } catch (SQLException e) {
                closeConnection();
                if (attempt >= maxRetries) {
                    throw new IOException("writing " + rows + " rows to " + statement.table() + " failed after "
                            + (attempt + 1) + " attempts", e);
                }
                LOG.warn("writing {} rows to {} failed (attempt {} of {}), retrying on a new connection: {}",
                        rows, statement.table(), attempt + 1, maxRetries + 1, e.getMessage());
                Thread.sleep(100L << attempt);
            }
        }
        latestByKey.clear();
        rowsWritten.inc(rows);
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = DriverManager.getConnection(db.url(), db.user(), db.password());
            connection.setAutoCommit(false);
            upsert = connection.prepareStatement(statement.upsertSql());
            delete = connection.prepareStatement(statement.deleteSql());
        }
        return connection;
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("closing a failed connection to {} failed too", statement.table(), e);
            }
            connection = null;
            upsert = null;
            delete = null;
        }
    }

    @Override
    public void close() throws Exception {
        // rows still buffered were not part of a completed checkpoint: the restart (or the end-of-input flush) has them
        closeConnection();
    }
}
