package dev.banksync.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.core.config.BanksyncEnv;
import dev.banksync.core.db.SimpleDataSources;
import dev.banksync.core.event.EventJson;
import dev.banksync.stream.InsightsJobConfig.StartingOffsets;
import dev.banksync.stream.InsightsScenario.Sent;
import dev.banksync.stream.anomaly.AnomalySettings;
import dev.banksync.stream.kafka.KafkaConnectors;
import dev.banksync.stream.reference.JdbcReferenceDataLoader;
import dev.banksync.stream.state.StateTtl;
import dev.banksync.testkit.BanksyncKafka;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.kafka.TestKafka;
import dev.banksync.testkit.postgres.TestDatabase;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole InsightsJob on a MiniCluster (parallelism 2, checkpoints every 300 ms, exactly-once alerts, local mode's
 * state setup) between real Kafka and real PostgreSQL: every insights view is compared row
 * by row with what {@link InsightsScenario} says it must hold; then the same stream again with a failure injected
 * after a committed checkpoint must give the same tables and the same alerts on the topic, none twice.
 */
@ExtendWith({BanksyncPostgres.class, BanksyncKafka.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InsightsPipelineIT {

    private static final Logger LOG = LoggerFactory.getLogger(InsightsPipelineIT.class);
    private static final Duration DEADLINE = Duration.ofSeconds(90);

    /** Local mode's state setup (heap state, checkpoints in a directory), as {@code runLocal} configures it. */
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setConfiguration(InsightsJobMain.stateConfiguration(
                    InsightsJobConfig.fromEnv(new BanksyncEnv(Map.of())), true))
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    /** The tables of the run without failure, for the run with one. */
    private static Map<String, List<Map<String, String>>> tablesWithoutFailure;

    @Test
    @Order(1)
    void everyInsightMatchesWhatTheScenarioPlanted(TestDatabase db, TestKafka kafka) throws Exception {
        tablesWithoutFailure = run(db, kafka, false);
    }

    @Test
    @Order(2)
    void aFailureMidStreamChangesNoTableAndPublishesNoAlertTwice(TestDatabase db, TestKafka kafka) throws Exception {
        Map<String, List<Map<String, String>>> tables = run(db, kafka, true);

        assertThat(FailOnce.failures()).as("the injected failure happened").isEqualTo(1);
        if (tablesWithoutFailure != null) {
            for (String view : InsightsTables.VIEWS) {
                assertThat(tables.get(view)).as(view).isEqualTo(tablesWithoutFailure.get(view));
            }
        }
    }

    private Map<String, List<Map<String, String>>> run(TestDatabase db, TestKafka kafka, boolean injectFailure)
            throws Exception {
        long started = System.nanoTime();
        InsightsScenario.prepareLedger(db);
        FailOnce.reset();
        InsightsJobConfig config = new InsightsJobConfig(kafka.bootstrapServers(), kafka.topics(), "pipeline-it",
                StreamWriterLogin.of(db), 2, Duration.ofMillis(300), StartingOffsets.COMMITTED, StateTtl.DEFAULT);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        InsightsJobMain.configure(env, config);
        env.configure(new Configuration().set(PipelineOptions.GENERIC_TYPES, false)
                .set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay")
                .set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3)
                .set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(200)));
        new InsightsJob(KafkaConnectors.transactionSource(config.kafkaBootstrap(), config.topics().transactions(),
                config.consumerGroupId(), config.startingOffsets().initializer()),
                InsightsJobMain.sinks(config),
                new InsightsSettings(FailOnce.factory(), new JdbcReferenceDataLoader(config.db()), Duration.ofSeconds(1),
                        AnomalySettings.DEFAULTS, StateTtl.DEFAULT)).build(env);
        JobClient job = env.executeAsync(InsightsJob.NAME);
        try {
            produce(kafka, InsightsScenario.firstHalf());
            // A committed alert proves a checkpoint completed after part of the stream: fail after that one.
            assertThat(kafka.readAll(kafka.topics().alerts(), 1, DEADLINE)).isNotEmpty();
            if (injectFailure) {
                FailOnce.arm();
            }
            produce(kafka, InsightsScenario.secondHalf());

            InsightsTables tables = new InsightsTables(SimpleDataSources.of(db.loginAs("banksync_api_reader")));
            awaitAlerts(tables);
            assertMatchesScenario(tables);
            assertEachAlertOnTheTopicOnce(kafka, tables);
            LOG.info("InsightsPipelineIT run {} failure matched the scenario in {} ms",
                    injectFailure ? "with" : "without", (System.nanoTime() - started) / 1_000_000);
            return tables.all();
        } finally {
            job.cancel().get(30, TimeUnit.SECONDS);
        }
    }

    private static void assertMatchesScenario(InsightsTables tables) throws Exception {
        List<Sent> all = InsightsScenario.all();
        var spending = ExpectedInsights.spending(all);
        Map<ExpectedSpending.Key, ExpectedSpending.Totals> actualSpending = new java.util.HashMap<>();
        for (var row : tables.rows("SELECT * FROM insights.v_spending_monthly WHERE txn_count > 0")) {
            actualSpending.put(new ExpectedSpending.Key(row.get("user_id"), java.time.LocalDate.parse(row.get("month")),
                    row.get("category"), row.get("currency")), new ExpectedSpending.Totals(
                    Long.parseLong(row.get("spent_minor")), Long.parseLong(row.get("received_minor")),
                    Integer.parseInt(row.get("txn_count"))));
        }
        assertThat(actualSpending).isEqualTo(spending);

        Map<String, String> categories = new TreeMap<>();
        for (var row : tables.rows("SELECT * FROM insights.v_transaction_categories")) {
            categories.put(row.get("transaction_id"), row.get("category") + "/" + row.get("decided_by") + "/"
                    + row.get("booked_on"));
        }
        assertThat(categories).isEqualTo(ExpectedInsights.categories(all));
        assertThat(tables.rows("SELECT transaction_id, merchant FROM insights.v_transaction_categories WHERE"
                + " transaction_id IN ('u1-n0', 'u2-c1')")).extracting(r -> r.get("transaction_id") + "=" + r.get("merchant"))
                .containsExactlyInAnyOrder("u1-n0=Netflix", "u2-c1=Caffè Nero");
        // the knowledge base's detail where it lies under the decided category; a correction to another has none
        assertThat(tables.rows("SELECT transaction_id, detailed_category FROM insights.v_transaction_categories WHERE"
                + " transaction_id IN ('u1-n0', 'u1-g0', 'u2-c1', 'u2-t4')"))
                .extracting(r -> r.get("transaction_id") + "=" + r.get("detailed_category"))
                .containsExactlyInAnyOrder("u1-n0=ENTERTAINMENT_TV_AND_MOVIES", "u1-g0=FOOD_AND_DRINK_GROCERIES",
                        "u2-c1=null", "u2-t4=null");

        assertThat(alertKeys(tables, "v_anomalies")).isEqualTo(ExpectedInsights.alerts(true));
        assertThat(alertKeys(tables, "v_alerts")).isEqualTo(ExpectedInsights.alerts(false));

        Map<String, String> streams = new TreeMap<>();
        for (var r : tables.rows("SELECT * FROM insights.v_recurring_streams")) {
            streams.put(r.get("user_id") + "/" + r.get("stream_id"), String.join("/", r.get("frequency"),
                    r.get("average_amount_minor"), r.get("last_amount_minor"), r.get("first_date"),
                    r.get("last_date"), r.get("predicted_next_date"), r.get("occurrences"), r.get("status")));
        }
        assertThat(streams).isEqualTo(ExpectedInsights.recurring());

        assertThat(tables.rows("SELECT * FROM insights.v_budget_status")).singleElement()
                .satisfies(r -> assertThat(r.get("spent_minor") + "/" + r.get("status") + "/" + r.get("alerted_80")
                        + "/" + r.get("alerted_100")).isEqualTo(ExpectedInsights.budget(spending)
                        .replace("true", "t").replace("false", "f")));

        assertThat(tables.rows("SELECT user_id, as_of FROM insights.v_forecasts WHERE user_id = 'u3'")).isNotEmpty();
        for (var r : tables.rows("SELECT user_id, as_of FROM insights.v_forecasts")) {
            java.time.ZoneId zone = r.get("user_id").equals("u3")
                    ? java.time.ZoneId.of(InsightsScenario.U3_ZONE) : java.time.ZoneOffset.UTC;
            // the user's date when the job projected (the scenario began at most minutes ago: either side of midnight)
            assertThat(java.time.LocalDate.parse(r.get("as_of"))).as(r.toString())
                    .isBetween(InsightsScenario.STARTED.atZone(zone).toLocalDate(), java.time.LocalDate.now(zone));
        }
        for (var r : tables.rows("SELECT * FROM insights.v_forecasts WHERE month = DATE '"
                + InsightsScenario.MONTH + "'")) {
            var bucket = spending.get(new ExpectedSpending.Key(r.get("user_id"), InsightsScenario.MONTH,
                    r.get("category"), r.get("currency")));
            assertThat(Long.parseLong(r.get("spent_to_date_minor"))).as(r.toString())
                    .isEqualTo(bucket == null ? 0 : bucket.spentMinor());
            assertThat(Long.parseLong(r.get("projected_minor"))).as(r.toString())
                    .isGreaterThanOrEqualTo(Long.parseLong(r.get("spent_to_date_minor"))
                            + Long.parseLong(r.get("recurring_expected_minor")));
        }
    }

    private static void assertEachAlertOnTheTopicOnce(TestKafka kafka, InsightsTables tables) throws Exception {
        int expected = ExpectedInsights.alerts(false).size();
        // Ask for one more than expected: a duplicate would show up within the wait instead of being cut off.
        List<ConsumerRecord<String, String>> records =
                kafka.readAll(kafka.topics().alerts(), expected + 1, Duration.ofSeconds(3));
        Set<String> ids = new HashSet<>();
        Set<String> keys = new TreeSet<>();
        for (ConsumerRecord<String, String> record : records) {
            var alert = EventJson.readAlert(record.value().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            ids.add(alert.alertId());
            keys.add(alert.userId() + "/" + alert.kind() + "/" + alert.transactionId());
            assertThat(record.key()).isEqualTo(alert.userId());
        }
        assertThat(records).hasSize(expected);
        assertThat(ids).hasSize(expected);
        assertThat(keys).isEqualTo(ExpectedInsights.alerts(false));
        assertThat(tables.rows("SELECT alert_id FROM insights.v_alerts")).extracting(r -> r.get("alert_id"))
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    private static Set<String> alertKeys(InsightsTables tables, String view) throws Exception {
        Set<String> keys = new TreeSet<>();
        for (var r : tables.rows("SELECT user_id, kind, transaction_id FROM insights." + view)) {
            keys.add(r.get("user_id") + "/" + r.get("kind") + "/" + r.get("transaction_id"));
        }
        return keys;
    }

    /** Waits until the tables hold every planted alert and the last events' rows (or the deadline passes). */
    private static void awaitAlerts(InsightsTables tables) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        String lastWrites = "SELECT transaction_id FROM insights.v_transaction_categories WHERE transaction_id = 'u2-t3'";
        while (System.nanoTime() < deadline && !(alertKeys(tables, "v_alerts").equals(ExpectedInsights.alerts(false))
                && !tables.rows(lastWrites).isEmpty()
                && tables.rows("SELECT * FROM insights.v_recurring_streams").size() == 3)) {
            Thread.sleep(200);
        }
        Thread.sleep(1000); // let the sinks' last batches (flushed every 200 ms and on checkpoints) land
    }

    private static void produce(TestKafka kafka, List<Sent> events) {
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            for (Sent s : events) {
                producer.send(new ProducerRecord<>(kafka.topics().transactions(), s.event().userId(),
                        EventJson.write(s.event())));
            }
            producer.flush();
        }
    }
}
