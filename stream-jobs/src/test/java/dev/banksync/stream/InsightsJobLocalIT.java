package dev.banksync.stream;

import static dev.banksync.stream.TestEvents.txn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.core.event.EventJson;
import dev.banksync.core.event.TransactionEvent;
import dev.banksync.stream.InsightsJobConfig.StartingOffsets;
import dev.banksync.stream.InsightsJobConfig.StateBackend;
import dev.banksync.testkit.BanksyncKafka;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.kafka.TestKafka;
import dev.banksync.testkit.postgres.TestDatabase;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link InsightsJobMain#runLocal}, the entry the CLI and the embedded demo use, runs the real job in this JVM. */
@ExtendWith({BanksyncPostgres.class, BanksyncKafka.class})
class InsightsJobLocalIT {

    private static final Logger LOG = LoggerFactory.getLogger(InsightsJobLocalIT.class);

    /** The heap with its changelog (local mode's default) and RocksDB as {@code --state-backend rocksdb} sets it up. */
    @ParameterizedTest
    @EnumSource(value = StateBackend.class, names = {"AUTO", "ROCKSDB"})
    void runLocalConsumesTheTopicUntilCancelled(StateBackend backend, TestDatabase db, TestKafka kafka)
            throws Exception {
        long started = System.nanoTime();
        TransactionEvent coffee = txn("u1", "t1").on("2026-05-02").amount(-450, "EUR").mcc("5814").posted();
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(kafka.topics().transactions(), "u1", EventJson.write(coffee))).get();
        }
        InsightsJobConfig config = new InsightsJobConfig(kafka.bootstrapServers(), kafka.topics(),
                "insights-local-" + backend, StreamWriterLogin.of(db), 1, Duration.ofSeconds(1),
                StartingOffsets.EARLIEST, Duration.ofDays(30)).withStateBackend(backend);

        JobClient job = InsightsJobMain.runLocal(config);
        try {
            String query = "SELECT coalesce(sum(spent_minor), 0) FROM insights.spending_monthly"
                    + " WHERE user_id = 'u1' AND month = '2026-05-01' AND category = 'FOOD_AND_DRINK'";
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (db.queryLong(query) != 450 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }

            assertThat(db.queryLong(query)).isEqualTo(450);
            assertThat(job.getJobStatus().get(10, TimeUnit.SECONDS)).isEqualTo(JobStatus.RUNNING);
        } finally {
            job.cancel().get(30, TimeUnit.SECONDS);
            LOG.info("runLocal job ({} state) started, wrote its row and was cancelled in {} ms", backend,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
