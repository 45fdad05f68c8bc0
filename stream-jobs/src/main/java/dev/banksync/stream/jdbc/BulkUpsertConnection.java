package dev.banksync.stream.jdbc;

import dev.banksync.core.db.DbSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.flink.metrics.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sink subtask's connection to PostgreSQL and the one thread that uses it: batches are written in the order they
 * were submitted, each in its own transaction, so the task thread never waits for the database (a busy database
 * used to stall every chained operator behind it). A failed write is retried on a fresh connection with a growing
 * pause; after the last retry the batch's future fails and the writer fails the task.
 */
final class BulkUpsertConnection<T> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BulkUpsertConnection.class);

    private final BulkUpsert<T> statement;
    private final DbSettings db;
    private final Counter rowsWritten;
    private final int maxRetries;
    private final ExecutorService thread;

    // used on the writing thread only
    private Connection connection;
    private PreparedStatement upsert;
    private PreparedStatement delete;

    BulkUpsertConnection(BulkUpsert<T> statement, DbSettings db, Counter rowsWritten, int maxRetries, String name) {
        this.statement = statement;
        this.db = db;
        this.rowsWritten = rowsWritten;
        this.maxRetries = maxRetries;
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Writes the rows (distinct keys) after every batch submitted before them. */
    CompletableFuture<Void> submit(List<T> rows) {
        return CompletableFuture.runAsync(() -> writeWithRetries(rows), thread);
    }

    private void writeWithRetries(List<T> rows) {
        for (int attempt = 0; ; attempt++) {
            try {
                Connection c = connection();
                statement.write(c, upsert, delete, rows);
                c.commit();
                rowsWritten.inc(rows.size());
                return;
            } catch (SQLException e) {
                closeConnection();
                if (attempt >= maxRetries) {
                    throw new BulkWriteException("writing " + rows.size() + " rows to " + statement.table()
                            + " failed after " + (attempt + 1) + " attempts", e);
                }
                LOG.warn("writing {} rows to {} failed (attempt {} of {}), retrying on a new connection: {}",
                        rows.size(), statement.table(), attempt + 1, maxRetries + 1, e.getMessage());
                pause(100L << attempt);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BulkWriteException("interrupted while waiting to retry", e);
        }
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

    /** Lets a write under way finish (it is cancelled if it takes longer than a few seconds), then disconnects. */
    @Override
    public void close() throws InterruptedException {
        thread.execute(this::closeConnection);
        thread.shutdown();
        if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
            thread.shutdownNow();
        }
    }

    /** A batch that could not be written: fails the task, which restarts from its last checkpoint. */
    static final class BulkWriteException extends RuntimeException {
        BulkWriteException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
