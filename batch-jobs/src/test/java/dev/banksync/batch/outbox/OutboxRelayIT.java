package dev.banksync.batch.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banksync.batch.ledger.LedgerAccounts;
import dev.banksync.batch.ledger.TransactionIds;
import dev.banksync.batch.ops.RunCounts;
import dev.banksync.batch.reconcile.IncomingChange;
import dev.banksync.batch.reconcile.IncomingTransaction;
import dev.banksync.batch.reconcile.ReconcileBatch;
import dev.banksync.batch.reconcile.Reconciler;
import dev.banksync.core.event.EventJson;
import dev.banksync.core.event.TopicNames;
import dev.banksync.core.event.TransactionEvent;
import dev.banksync.core.money.Money;
import dev.banksync.testkit.BanksyncKafka;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.kafka.TestKafka;
import dev.banksync.testkit.postgres.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The relay on a real PostgreSQL and a real Kafka broker; each test has its own database and topics. */
@ExtendWith({BanksyncPostgres.class, BanksyncKafka.class})
class OutboxRelayIT {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void publishesEventsInOrderPerUserAndMarksThemSent(TestDatabase db, TestKafka kafka) {
        List<Written> written = ledgerWithEvents(db, 5);
        try (OutboxRelay relay = relay(db, kafka.bootstrapServers(), kafka)) {

            assertThat(relay.relayOnce(3)).as("at most maxRows, oldest first").isEqualTo(3);
            assertThat(unsentIds(db)).containsExactly(4L, 5L, 6L, 7L, 8L, 9L, 10L);
            assertThat(relay.relayOnce(100)).isEqualTo(7);
            assertThat(relay.relayOnce(100)).isZero();
        }

        List<ConsumerRecord<String, String>> records = kafka.readAll(kafka.topics().transactions(), 10, READ_TIMEOUT);
        assertThat(records).hasSize(10);
        assertThat(unsentIds(db)).isEmpty();
        Map<String, List<String>> publishedPerUser = records.stream().collect(Collectors.groupingBy(
                ConsumerRecord::key, Collectors.mapping(r -> event(r).transactionId(), Collectors.toList())));
        Map<String, List<String>> writtenPerUser = written.stream().collect(Collectors.groupingBy(
                Written::userId, Collectors.mapping(Written::transactionId, Collectors.toList())));
        assertThat(publishedPerUser).isEqualTo(writtenPerUser);
        assertThat(records).allSatisfy(r -> assertThat(event(r).userId()).isEqualTo(r.key()));
        assertThat(records.stream().map(OutboxRelayIT::event).map(TransactionEvent::amountMinor).toList())
                .containsExactlyInAnyOrderElementsOf(written.stream().map(Written::amountMinor).toList());
    }

    @Test
    void anUnreachableKafkaMarksNothingAndALaterRunSendsEverything(TestDatabase db, TestKafka kafka) {
        ledgerWithEvents(db, 2);
        try (OutboxRelay down = relay(db, "localhost:1", kafka)) {
            assertThatThrownBy(() -> down.relayOnce(100))
                    .hasMessageContaining("Kafka did not take 4 rows (first id 1); they stay unsent");
        }
        assertThat(unsentIds(db)).containsExactly(1L, 2L, 3L, 4L);

        try (OutboxRelay up = relay(db, kafka.bootstrapServers(), kafka)) {
            assertThat(up.relayOnce(100)).isEqualTo(4);
        }

        assertThat(unsentIds(db)).isEmpty();
        assertThat(kafka.readAll(kafka.topics().transactions(), 4, READ_TIMEOUT)).hasSize(4);
    }

    @Test
    void pruneDeletesOnlyRowsSentLongerAgoThanTheRetention(TestDatabase db, TestKafka kafka) {
        ledgerWithEvents(db, 2);
        db.execute("UPDATE ops.outbox SET sent_at = now() - interval '8 days' WHERE outbox_id = 1");
        db.execute("UPDATE ops.outbox SET sent_at = now() - interval '6 days' WHERE outbox_id = 2");
        db.execute("UPDATE ops.outbox SET created_at = now() - interval '30 days' WHERE outbox_id = 3");
        try (OutboxRelay relay = relay(db, kafka.bootstrapServers(), kafka)) {

            assertThat(relay.prune(Duration.ofDays(7))).isEqualTo(1);
        }

        assertThat(new JdbcTemplate(db.dataSource()).queryForList(
                "SELECT outbox_id FROM ops.outbox ORDER BY outbox_id", Long.class)).containsExactly(2L, 3L, 4L);
    }

    @Test
    void pruningALargeBacklogOfSentRowsGoesInSlicesAndKeepsEveryUnsentRow(TestDatabase db, TestKafka kafka) {
        int sent = OutboxRelay.PRUNE_SLICE * 2 + 17;
        db.execute("INSERT INTO ops.outbox (topic, message_key, payload, sent_at) SELECT 't', 'u', '{}', "
                + "now() - interval '30 days' FROM generate_series(1, " + sent + ")");
        db.execute("INSERT INTO ops.outbox (topic, message_key, payload, created_at) SELECT 't', 'u', '{}', "
                + "now() - interval '40 days' FROM generate_series(1, 5)");
        try (OutboxRelay relay = relay(db, kafka.bootstrapServers(), kafka)) {

            assertThat(relay.prune(Duration.ofDays(7))).isEqualTo(sent);
            assertThat(relay.backlog().unsent()).isEqualTo(5);
        }
        assertThat(db.queryLong("SELECT count(*) FROM ops.outbox")).isEqualTo(5);
    }

    @Test
    void theBacklogTellsHowManyRowsWaitAndSinceWhen(TestDatabase db, TestKafka kafka) {
        try (OutboxRelay relay = relay(db, kafka.bootstrapServers(), kafka)) {
            assertThat(relay.backlog()).isEqualTo(new OutboxRelay.Backlog(0, null, 0));
            ledgerWithEvents(db, 2);
            db.execute("UPDATE ops.outbox SET created_at = timestamptz '2026-01-05 06:00:00Z' WHERE outbox_id = 2");

            OutboxRelay.Backlog waiting = relay.backlog();

            assertThat(waiting.unsent()).isEqualTo(4);
            assertThat(waiting.oldestCreatedAt()).isEqualTo(java.time.Instant.parse("2026-01-05T06:00:00Z"));
            relay.relayOnce(100);
            assertThat(relay.backlog().unsent()).isZero();
        }
    }

    @Test
    void theRunnerRelaysUntilStopped(TestDatabase db, TestKafka kafka) {
        OutboxRelayRunner runner = new OutboxRelayRunner(relay(db, kafka.bootstrapServers(), kafka), 2,
                Duration.ofMillis(50), Duration.ofDays(7), Duration.ofHours(1));
        runner.start();
        try {
            ledgerWithEvents(db, 3);
            assertThat(kafka.readAll(kafka.topics().transactions(), 6, READ_TIMEOUT)).hasSize(6);
        } finally {
            runner.stop();
        }
        assertThat(runner.sent()).isEqualTo(6);
        assertThat(unsentIds(db)).isEmpty();
    }

    @Test
    void aRowKafkaCanNeverTakeIsSetAsideAndTheRowsBehindItGoOn(TestDatabase db, TestKafka kafka) {
        String big = "{\"note\": \"" + "x".repeat(5_000) + "\"}";
        for (int i = 1; i <= 5; i++) {
            db.execute("INSERT INTO ops.outbox (topic, message_key, payload) VALUES ('" + TopicNames.TRANSACTIONS
                    + "', 'user-a', '" + (i == 3 ? big : "{\"n\": " + i + "}") + "')");
        }
        Map<String, Object> small = Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2_000);
        try (OutboxRelay relay = new OutboxRelay(db.dataSource(), OutboxProducers.create(kafka.bootstrapServers(),
                small), kafka.topics())) {

            assertThat(relay.relayOnce(100)).as("every row taken off the backlog").isEqualTo(5);
            assertThat(relay.deadLettered()).isEqualTo(1);
            assertThat(relay.backlog()).isEqualTo(new OutboxRelay.Backlog(0, null, 1));
            assertThat(relay.relayOnce(100)).as("a dead row is not retried by itself").isZero();
        }

        assertThat(kafka.readAll(kafka.topics().transactions(), 4, READ_TIMEOUT)).extracting(ConsumerRecord::value)
                .containsExactly("{\"n\": 1}", "{\"n\": 2}", "{\"n\": 4}", "{\"n\": 5}");
        assertThat(new JdbcTemplate(db.dataSource()).queryForObject(
                "SELECT dead_reason FROM ops.outbox WHERE outbox_id = 3 AND sent_at IS NULL", String.class))
                .startsWith("RecordTooLargeException").contains(big.length() + " characters");
        ConsumerRecord<String, String> notice = kafka.readAll(kafka.topics().transactionsDlq(), 1, READ_TIMEOUT).get(0);
        assertThat(notice.key()).isEqualTo("user-a");
        assertThat(notice.value()).contains("\"outboxId\":3", "outbox row 3 set aside by the relay",
                "RecordTooLargeException");

        try (OutboxRelay fixed = relay(db, kafka.bootstrapServers(), kafka)) {
            assertThat(fixed.requeueDead()).isEqualTo(1);
            assertThat(fixed.relayOnce(100)).isEqualTo(1);
            assertThat(fixed.backlog()).isEqualTo(new OutboxRelay.Backlog(0, null, 0));
        }
        assertThat(kafka.readAll(kafka.topics().transactions(), 5, READ_TIMEOUT)).last()
                .extracting(ConsumerRecord::value).isEqualTo(big);
    }

    /** A transaction the helper wrote. */
    private record Written(String userId, String transactionId, long amountMinor) {
    }

    /** Two users, {@code perUser} transactions each, one transaction per row through the real matching engine. */
    private static List<Written> ledgerWithEvents(TestDatabase db, int perUser) {
        JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
        LedgerAccounts accounts = new LedgerAccounts(jdbc);
        accounts.ensure("user-a", "acc-a", "Checking", "EUR");
        accounts.ensure("user-b", "acc-b", "Card", "EUR");
        Reconciler reconciler = new Reconciler(jdbc, new OutboxWriter(jdbc));
        TransactionTemplate tx = new TransactionTemplate(new JdbcTransactionManager(db.dataSource()));
        List<Written> all = new ArrayList<>();
        for (int i = 1; i <= perUser; i++) {
            for (String user : List.of("user-a", "user-b")) {
                String account = user.equals("user-a") ? "acc-a" : "acc-b";
                IncomingTransaction t = new IncomingTransaction(account, user, "ext-" + i, null,
                        TransactionEvent.TransactionStatus.POSTED, LocalDate.of(2024, 5, i), null, null,
                        Money.ofMinor(-100L * i, "EUR"), "purchase " + i, null, null);
                RunCounts counts = tx.execute(s -> reconciler.reconcile(
                        ReconcileBatch.of("file:csv", List.of(new IncomingChange.Upsert(t)))));
                assertThat(counts.inserted()).isEqualTo(1);
                all.add(new Written(user, TransactionIds.transactionId(account, "file:csv", "ext-" + i),
                        t.amount().minorUnits()));
            }
        }
        return all;
    }

    private static OutboxRelay relay(TestDatabase db, String bootstrap, TestKafka kafka) {
        Map<String, Object> quick = Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2000);
        return new OutboxRelay(db.dataSource(), OutboxProducers.create(bootstrap, quick), kafka.topics());
    }

    private static List<Long> unsentIds(TestDatabase db) {
        return new JdbcTemplate(db.dataSource()).queryForList(
                "SELECT outbox_id FROM ops.outbox WHERE sent_at IS NULL ORDER BY outbox_id", Long.class);
    }

    private static TransactionEvent event(ConsumerRecord<String, String> r) {
        return EventJson.readTransaction(r.value().getBytes(StandardCharsets.UTF_8));
    }
}
