package dev.banksync.stream;

import static dev.banksync.stream.TestEvents.txn;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.banksync.core.event.EventJson;
import dev.banksync.core.event.TransactionEvent;
import dev.banksync.stream.ExpectedSpending.Key;
import dev.banksync.stream.ExpectedSpending.Sent;
import dev.banksync.stream.ExpectedSpending.Totals;
import dev.banksync.stream.InsightsJobConfig.StartingOffsets;
import dev.banksync.stream.categorise.CategoriserFactory;
import dev.banksync.stream.state.StateTtl;
import dev.banksync.testkit.BanksyncKafka;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.kafka.TestKafka;
import dev.banksync.testkit.postgres.TestDatabase;
import dev.banksync.core.db.SimpleDataSources;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Real Kafka → the InsightsJob on a Flink MiniCluster (parallelism 2, checkpointing on) → real PostgreSQL. */
@ExtendWith({BanksyncPostgres.class, BanksyncKafka.class})
class InsightsJobIT {

    private static final Logger LOG = LoggerFactory.getLogger(InsightsJobIT.class);
    private static final Duration DEADLINE = Duration.ofSeconds(90);

    private static long clusterStarting;

    @RegisterExtension
    @Order(1)
    static final BeforeAllCallback START_CLOCK = context -> clusterStarting = System.nanoTime();

    @RegisterExtension
    @Order(2)
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());

    @BeforeAll
    static void logStartUp() {
        LOG.info("Flink MiniCluster started in {} ms", (System.nanoTime() - clusterStarting) / 1_000_000);
    }

    /** Three users' events in the order the topic gets them, each with the category its MCC group means. */
    private static List<Sent> events() {
        return List.of(
                sent(txn("u1", "t1").on("2026-03-02").amount(-1250, "EUR").mcc("5411").posted(), "FOOD_AND_DRINK"),
                sent(txn("u1", "t2").on("2026-03-03").amount(-300, "EUR").mcc("4111").posted(), "TRANSPORTATION"),
                sent(txn("u1", "t1").version(2).on("2026-03-02").amount(-1400, "EUR").mcc("5411").posted(),
                        "FOOD_AND_DRINK"),                                                     // modification
                sent(txn("u1", "t3").on("2026-03-10").amount(-999, "EUR").mcc("5411").posted(), "FOOD_AND_DRINK"),
                sent(txn("u1", "t3").version(2).removed(), null),                              // removal
                sent(txn("u1", "p1").on("2026-03-30").amount(-2000, "EUR").mcc("5812").pending(), "FOOD_AND_DRINK"),
                sent(txn("u1", "t4").on("2026-04-01").amount(-2300, "EUR").mcc("5812").replacing("p1").posted(),
                        "FOOD_AND_DRINK"),                                                     // pending -> posted
                sent(txn("u1", "t2").on("2026-03-03").amount(-300, "EUR").mcc("4111").posted(), "TRANSPORTATION"),
                sent(txn("u1", "t5").on("2026-03-25").amount(250_000, "EUR").description("ACME LTD SALARY").posted(),
                        "INCOME"),
                sent(txn("u1", "t3").on("2026-03-10").amount(-999, "EUR").mcc("5411").posted(), "FOOD_AND_DRINK"),
                sent(txn("u2", "t6").on("2026-03-05").amount(-49_900, "GBP").mcc("5732").posted(),
                        "GENERAL_MERCHANDISE"),
                sent(txn("u2", "t7").on("2026-03-06").amount(-820, "GBP").mcc("5411").posted(), "FOOD_AND_DRINK"),
                sent(txn("u2", "t8").on("2026-03-08").amount(-1500, "GBP").mcc("5411").replacing("p2").posted(),
                        "FOOD_AND_DRINK"),
                sent(txn("u2", "p2").on("2026-03-07").amount(-1450, "GBP").mcc("5411").pending(),
                        "FOOD_AND_DRINK"),                                                     // late pending
                sent(txn("u2", "t7").version(2).on("2026-03-06").amount(-900, "GBP").mcc("5411").posted(),
                        "FOOD_AND_DRINK"),
                sent(txn("u2", "t9").on("2026-02-28").amount(-100, "GBP").mcc("4111").posted(), "TRANSPORTATION"),
                sent(txn("u3", "t10").on("2026-03-01").amount(-5000, "USD").mcc("7011").posted(), "TRAVEL"),
                sent(txn("u3", "t11").on("2026-03-04").amount(1500, "USD").mcc("7011").posted(), "TRAVEL"),
                sent(txn("u3", "t10").version(3).on("2026-03-01").amount(-5200, "USD").mcc("7011").posted(), "TRAVEL"),
                sent(txn("u3", "t10").version(2).on("2026-03-01").amount(-5100, "USD").mcc("7011").posted(), "TRAVEL"),
                sent(txn("u3", "t12").on("2026-03-09").amount(-700, "EUR").mcc("5814").posted(), "FOOD_AND_DRINK"));
    }

    @Test
    void eventsFromKafkaBecomeExactMonthlySpendingAndTheMalformedOneADeadLetter(TestDatabase db, TestKafka kafka)
            throws Exception {
        long started = System.nanoTime();
        List<Sent> events = events();
        String malformed = EventJson.writeString(txn("u3", "t13").posted()).replace("\"amountMinor\":-1000,", "");
        produce(kafka, events, malformed);

        InsightsJobConfig config = new InsightsJobConfig(kafka.bootstrapServers(), kafka.topics(), "insights-it",
                StreamWriterLogin.of(db), 2, Duration.ofMillis(500), StartingOffsets.COMMITTED,
                StateTtl.DEFAULT);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        InsightsJobMain.configure(env, config);
        env.configure(new Configuration().set(PipelineOptions.GENERIC_TYPES, false));
        // The baseline rules, so that each event's category is known from its MCC (the model has its own tests).
        InsightsJobMain.createJob(config, CategoriserFactory.baseline()).build(env);
        JobClient job = env.executeAsync(InsightsJob.NAME);
        try {
            Map<Key, Totals> expected = ExpectedSpending.of(events);
            DataSource reader = SimpleDataSources.of(db.loginAs("banksync_api_reader"));
            Map<Key, Totals> actual = awaitSpending(reader, expected);
            LOG.info("spending_monthly {} the {} expected rows {} ms after the first event was produced",
                    actual.equals(expected) ? "matched" : "still differed from", expected.size(),
                    (System.nanoTime() - started) / 1_000_000);

            assertThat(actual).isEqualTo(expected);
            assertThat(db.queryLong("SELECT count(*) FROM insights.spending_monthly"
                    + " WHERE txn_count = 0 AND (spent_minor <> 0 OR received_minor <> 0)")).isZero();

            var deadLetters = kafka.readAll(kafka.topics().transactionsDlq(), 1, Duration.ofSeconds(30));
            assertThat(deadLetters).hasSize(1);
            JsonNode deadLetter = EventJson.mapper().readTree(deadLetters.get(0).value());
            assertThat(deadLetter.get("reason").asText()).contains("amountMinor");
            assertThat(deadLetter.get("field").asText()).isEqualTo("amountMinor");
            assertThat(deadLetter.get("rawValue").asText()).isEqualTo(malformed);
            assertThat(deadLetter.get("failedAt").asText()).isNotBlank();
        } finally {
            job.cancel().get(30, TimeUnit.SECONDS);
            LOG.info("InsightsJobIT wall time {} ms", (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static Sent sent(TransactionEvent event, String category) {
        return new Sent(event, category);
    }

    private static void produce(TestKafka kafka, List<Sent> events, String malformed) {
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        String topic = kafka.topics().transactions();
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            for (Sent s : events) {
                producer.send(new ProducerRecord<>(topic, s.event().userId(), EventJson.write(s.event())));
            }
            producer.send(new ProducerRecord<>(topic, "u3", malformed.getBytes(StandardCharsets.UTF_8)));
            producer.flush();
        }
    }

    /** Polls the API's view until it holds the expected non-empty buckets, or the deadline passes. */
    private static Map<Key, Totals> awaitSpending(DataSource reader, Map<Key, Totals> expected)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        Map<Key, Totals> actual = readSpending(reader);
        while (!actual.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            actual = readSpending(reader);
        }
        return actual;
    }

    private static Map<Key, Totals> readSpending(DataSource reader) throws SQLException {
        Map<Key, Totals> rows = new HashMap<>();
        try (Connection c = reader.getConnection(); var s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT user_id, month, category, currency, spent_minor, received_minor, txn_count"
                        + " FROM insights.v_spending_monthly WHERE txn_count > 0")) {
            while (rs.next()) {
                rows.put(new Key(rs.getString(1), rs.getObject(2, java.time.LocalDate.class), rs.getString(3),
                                rs.getString(4).trim()),
                        new Totals(rs.getLong(5), rs.getLong(6), rs.getInt(7)));
            }
        }
        return rows;
    }
}
