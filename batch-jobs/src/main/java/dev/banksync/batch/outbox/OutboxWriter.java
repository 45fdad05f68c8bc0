package dev.banksync.batch.outbox;

import dev.banksync.batch.copy.CsvCopyIn;
import java.util.List;
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
            CsvCopyIn.copy(c, COPY, "ops.outbox", csv -> {
                for (OutboxMessage m : messages) {
                    csv.printRecord(m.topic(), m.key(), m.payload());
                }
            });
            return null;
        });
    }
}
