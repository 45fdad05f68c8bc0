package dev.banksync.stream;

import dev.banksync.core.config.BanksyncEnv;
import dev.banksync.stream.categorise.CategoriserFactory;
import dev.banksync.stream.kafka.KafkaConnectors;
import dev.banksync.stream.spending.SpendingMonthlySink;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys the {@link InsightsJob} with its real ends: Kafka in, PostgreSQL and the Kafka dead-letter topic out.
 * {@link #main} is the entry point of the job jar ({@code flink run}); {@link #runLocal} runs the same job in this
 * JVM for {@code banksync stream} and the embedded demo.
 */
public final class InsightsJobMain {

    private static final Logger LOG = LoggerFactory.getLogger(InsightsJobMain.class);

    private InsightsJobMain() {
    }

    public static void main(String[] args) throws Exception {
        if (InsightsJobConfig.wantsHelp(args)) {
            System.out.println(InsightsJobConfig.usage());
            return;
        }
        InsightsJobConfig config = InsightsJobConfig.parse(args, BanksyncEnv.system());
        LOG.info("Submitting {} with {}", InsightsJob.NAME, config);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        configure(env, config);
        createJob(config).build(env);
        env.execute(InsightsJob.NAME);
    }

    /**
     * Starts the job on a local (in-JVM) Flink with the heap state backend and returns at once; cancel it through
     * the returned client. Its state lives only as long as this JVM: start it with
     * {@link InsightsJobConfig.StartingOffsets#EARLIEST} (and a topic that keeps its history) to rebuild exact
     * totals after a restart.
     */
    public static JobClient runLocal(InsightsJobConfig config) throws Exception {
        Configuration flinkConfig = new Configuration();
        flinkConfig.set(StateBackendOptions.STATE_BACKEND, "hashmap");
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.createLocalEnvironment(config.parallelism(), flinkConfig);
        configure(env, config);
        createJob(config).build(env);
        JobClient client = env.executeAsync(InsightsJob.NAME);
        LOG.info("Started {} locally as job {} with {}", InsightsJob.NAME, client.getJobID(), config);
        return client;
    }

    /** The job wired to Kafka and PostgreSQL, with the baseline categoriser. */
    public static InsightsJob createJob(InsightsJobConfig config) {
        return createJob(config, CategoriserFactory.baseline());
    }

    public static InsightsJob createJob(InsightsJobConfig config, CategoriserFactory categoriserFactory) {
        return new InsightsJob(
                KafkaConnectors.transactionSource(config.kafkaBootstrap(), config.topics().transactions(),
                        config.consumerGroupId(), config.startingOffsets().initializer()),
                SpendingMonthlySink.create(config.db()),
                KafkaConnectors.deadLetterSink(config.kafkaBootstrap(), config.topics().transactionsDlq()),
                categoriserFactory,
                config.stateTtl());
    }

    /**
     * Parallelism and exactly-once checkpointing. The state backend is left to the environment: RocksDB from the
     * cluster's configuration under {@code flink run}, the heap in {@link #runLocal}.
     */
    public static void configure(StreamExecutionEnvironment env, InsightsJobConfig config) {
        env.setParallelism(config.parallelism());
        env.enableCheckpointing(config.checkpointInterval().toMillis(), CheckpointingMode.EXACTLY_ONCE);
    }
}
