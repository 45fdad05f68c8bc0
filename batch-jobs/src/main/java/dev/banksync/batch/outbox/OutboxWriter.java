package dev.banksync.batch.outbox;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appends outbox rows in the caller's database transaction, which must be the one that made the change they
 * announce. Rows get ascending ids in list order, the order the relay publishes them in. They go in with COPY: a
 * sync writes one event per changed row, and this is on its hot path.
 */
public class OutboxWriter {

    private static final String COPY = "COPY ops.outbox (topic, message_key, payload) FROM STDIN (FORMAT csv)";

    private final JdbcTemplate jdbc;

    public OutboxWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void append(List<OutboxMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        jdbc.execute((ConnectionCallback<Void>) c -> {
            PGCopyOutputStream out = new PGCopyOutputStream(c.unwrap(PGConnection.class), COPY, 1 << 16);
            try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(writer, CSVFormat.POSTGRESQL_CSV)) {
                for (OutboxMessage m : messages) {
                    csv.printRecord(m.topic(), m.key(), m.payload());
                }
            } catch (IOException e) {
                if (e.getCause() instanceof SQLException sql) {
                    throw sql;
                }
                throw new UncheckedIOException("COPY into ops.outbox failed", e);
            }
            return null;
        });
    }
}
