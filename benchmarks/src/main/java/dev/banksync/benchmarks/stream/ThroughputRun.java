package dev.banksync.benchmarks.stream;

import dev.banksync.stream.InsightsJob;
import dev.banksync.stream.InsightsJobConfig;
import dev.banksync.stream.InsightsJobMain;
import dev.banksync.stream.InsightsSettings;
import dev.banksync.stream.InsightsSinks;
import dev.banksync.stream.anomaly.AnomalySettings;
import dev.banksync.stream.kafka.RawValueSchema;
import dev.banksync.stream.reference.JdbcReferenceDataLoader;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Throughput: the whole InsightsJob reading a pre-filled topic from its start to its current end (a bounded
 * source, so the job finishes) on a local Flink with parallelism 2 and checkpointing on; timed from submission to
 * completion, so job start-up is included. The baselines read the same records: a plain Kafka consumer, and the
 * same job with every sink discarded.
 */
final class ThroughputRun {

    private ThroughputRun() {
    }

    /**
     * One timed run: events per second, and the CPU this JVM spent per event while it ran (the job, plus the in-JVM
     * Kafka serving it; PostgreSQL is another process). On a shared machine the rate moves with the other load, the
     * CPU per event much less, so it is what compares two versions of the job. Beside it, the CPU the PostgreSQL
     * server spent per event over the same time (NaN when not measured): it shares the machine's cores.
     */
    record Result(double eventsPerSecond, double cpuMicrosPerEvent, double postgresCpuMicrosPerEvent) {
    }

    /**
     * The job with {@code sinks} over the {@code count} records on the topic; {@code postgres} (may be null) is the
     * server the sinks write to.
     */
    static Result job(InsightsJobConfig config, InsightsSinks sinks, long count, PostgresCpu postgres)
            throws Exception {
        KafkaSource<byte[]> source = KafkaSource.<byte[]>builder()
                .setBootstrapServers(config.kafkaBootstrap())
                .setTopics(config.topics().transactions())
                .setGroupId(config.consumerGroupId())
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setBounded(OffsetsInitializer.latest())
                .setValueOnlyDeserializer(new RawValueSchema())
                .setProperty("isolation.level", "read_committed")
                .build();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(
                config.parallelism(), InsightsJobMain.stateConfiguration(config, true));
        InsightsJobMain.configure(env, config);
        // The categoriser the job runs by default (the shipped model), as banksync stream and the latency runs do.
        new InsightsJob(source, sinks, new InsightsSettings(config.categoriser().factory(),
                new JdbcReferenceDataLoader(config.db()), Duration.ofSeconds(30), AnomalySettings.DEFAULTS,
                config.stateTtl())).build(env);
        long cpuStart = processCpuNanos();
        long postgresStart = postgres == null ? 0 : postgres.nanos();
        long start = System.nanoTime();
        env.execute("stream-benchmark");
        double seconds = (System.nanoTime() - start) / 1e9;
        double postgresMicros = postgres == null ? Double.NaN : (postgres.nanos() - postgresStart) / 1e3 / count;
        return new Result(count / seconds, (processCpuNanos() - cpuStart) / 1e3 / count, postgresMicros);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Starts the job, unbounded and with {@code sinks}, on a local Flink configured as {@code runLocal} does. */
    static JobClient start(InsightsJobConfig config, InsightsSinks sinks) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(
                config.parallelism(), InsightsJobMain.stateConfiguration(config, true));
        InsightsJobMain.configure(env, config);
        InsightsJobMain.createJob(config).withSinks(sinks).build(env);
        return env.executeAsync("stream-benchmark");
    }

    /** Records per second of one plain consumer reading the topic from the start. */
    static double rawConsumer(String bootstrapServers, String topic, long count) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "raw-" + System.nanoTime());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        try (KafkaConsumer<byte[], byte[]> consumer =
                     new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            long start = System.nanoTime();
            consumer.subscribe(List.of(topic));
            long read = 0;
            while (read < count) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
                read += records.count();
            }
            return count / ((System.nanoTime() - start) / 1e9);
        }
    }
}
