package dev.banksync.stream.jdbc;

import dev.banksync.core.db.DbSettings;
import org.apache.flink.connector.jdbc.JdbcConnectionOptions;
import org.apache.flink.connector.jdbc.JdbcExecutionOptions;
import org.apache.flink.connector.jdbc.JdbcStatementBuilder;
import org.apache.flink.connector.jdbc.core.datastream.sink.JdbcSink;

/**
 * The one way the job writes PostgreSQL: the JDBC connector's Sink v2, at least once, flushing on every checkpoint
 * (and every 1000 rows or 200 ms). Every statement it is given is an idempotent upsert of absolute values (or a
 * delete), so a batch written again after a restart leaves the tables exact; the rows of one user come from one
 * subtask in order, so the last write of a row is its latest value.
 */
public final class JdbcSinks {

    private JdbcSinks() {
    }

    public static <T> JdbcSink<T> upsert(DbSettings db, String sql, JdbcStatementBuilder<T> statement) {
        return JdbcSink.<T>builder()
                .withQueryStatement(sql, statement)
                .withExecutionOptions(JdbcExecutionOptions.builder()
                        .withBatchSize(1000)
                        .withBatchIntervalMs(200)
                        .withMaxRetries(3)
                        .build())
                .buildAtLeastOnce(new JdbcConnectionOptions.JdbcConnectionOptionsBuilder()
                        .withUrl(db.url())
                        .withDriverName("org.postgresql.Driver")
                        .withUsername(db.user())
                        .withPassword(db.password())
                        .build());
    }
}
