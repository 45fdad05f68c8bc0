package dev.banksync.batch.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.core.event.EventJson;
import dev.banksync.core.event.TransactionEvent;
import dev.banksync.core.event.TransactionEvent.TransactionStatus;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a consumer of {@code banksync.transactions.v1} holds after folding the events: per transaction its
 * highest version, live if that version is an UPSERT. It checks on the way that each transaction's versions
 * arrive in ascending order (Kafka keeps one user's events in one partition, in order).
 */
final class EventFold {

    private final Map<String, TransactionEvent> latest = new HashMap<>();

    EventFold(List<ConsumerRecord<String, String>> records) {
        for (ConsumerRecord<String, String> record : records) {
            TransactionEvent event = EventJson.readTransaction(record.value().getBytes(StandardCharsets.UTF_8));
            assertThat(record.key()).isEqualTo(event.userId());
            TransactionEvent before = latest.get(event.transactionId());
            if (before != null) {
                assertThat(event.version()).as("versions of %s in order", event.transactionId())
                        .isGreaterThan(before.version());
            }
            latest.put(event.transactionId(), event);
        }
    }

    /** The live set in the bank's identities (the ledger maps our ids to the bank's; no content is taken from it). */
    Set<LiveTransaction> live(JdbcTemplate sql) {
        Map<String, String[]> identities = new HashMap<>();
        sql.query("""
                SELECT t.transaction_id, a.external_account_id, t.external_id
                FROM ledger.transactions t JOIN ledger.accounts a ON a.account_id = t.account_id""",
                rs -> {
                    identities.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                });
        return latest.values().stream().filter(e -> !e.isRemoval()).map(e -> {
            String[] id = identities.get(e.transactionId());
            return new LiveTransaction(id[0], id[1], e.amountMinor(), e.currency(), e.bookingDate().toString(),
                    e.status() == TransactionStatus.PENDING, e.description(), e.merchant(), e.authorizedAt());
        }).collect(Collectors.toSet());
    }
}
