package dev.banksync.batch.outbox;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appends outbox rows in the caller's database transaction, which must be the one that made the change they
 * announce. Rows get ascending ids in list order, the order the relay publishes them in.
 */
public class OutboxWriter {

    private static final String INSERT = """
            INSERT INTO ops.outbox (topic, message_key, payload)
            SELECT m.topic, m.message_key, m.payload::jsonb
            FROM unnest(?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS m(topic, message_key, payload, ord)
            ORDER BY m.ord
            """;

    private final JdbcTemplate jdbc;

    public OutboxWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void append(List<OutboxMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        jdbc.update(INSERT,
                messages.stream().map(OutboxMessage::topic).toArray(String[]::new),
                messages.stream().map(OutboxMessage::key).toArray(String[]::new),
                messages.stream().map(OutboxMessage::payload).toArray(String[]::new));
    }
}
