package dev.banksync.stream;

import dev.banksync.core.config.BanksyncEnv;
import dev.banksync.core.db.DbSettings;
import dev.banksync.stream.alert.AlertSinks;
import dev.banksync.stream.budget.BudgetStatusSink;
import dev.banksync.stream.categorise.CategoriserFactory;
import dev.banksync.stream.categorise.TransactionCategorySink;
import dev.banksync.stream.forecast.ForecastSink;
import dev.banksync.stream.kafka.EmptyStateGuard;
import dev.banksync.stream.kafka.KafkaConnectors;
import dev.banksync.stream.recurring.RecurringStreamSink;
import dev.banksync.stream.reference.JdbcReferenceDataLoader;
import dev.banksync.stream.spending.SpendingMonthlySink;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.changelog.fs.FsStateChangelogOptions;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.StateChangelogOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.state.rocksdb.RocksDBConfigurableOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys the {@link InsightsJob} with its real ends: Kafka and the ledger's configuration in; PostgreSQL, the
 * alerts topic and the dead-letter topic out.
 * {@link #main} is the entry point of the job jar ({@code flink run}); {@link #runLocal} runs the same job in this
 * JVM for {@code banksync stream} and the embedded demo.
 */
public final class InsightsJobMain {

    private static final Logger LOG = LoggerFactory.getLogger(InsightsJobMain.class);

    /** How often the heap state is copied in full under the state changelog. */
    static final Duration MATERIALISATION_INTERVAL = Duration.ofMinutes(3);

    /** The longest a record waits in a network buffer between two operators. */
    static final Duration BUFFER_TIMEOUT = Duration.ofMillis(10);

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
        env.configure(stateConfiguration(config, false));
        configure(env, config);
        createJob(config).build(env);
        env.execute(InsightsJob.NAME);
    }

    /**
     * Starts the job on a local (in-JVM) Flink, by default with the heap state backend, and returns at once; cancel
     * it through the returned client. Its state lives only as long as this JVM: start it with
     * {@link InsightsJobConfig.StartingOffsets#EARLIEST} (and a topic that keeps its history) to rebuild exact
     * totals after a restart. Resuming a consumer group's committed offsets with empty state would overwrite full
     * totals with partial ones, so that is refused ({@link EmptyStateGuard}).
     */
    public static JobClient runLocal(InsightsJobConfig config) throws Exception {
        if (config.startingOffsets() == InsightsJobConfig.StartingOffsets.COMMITTED) {
            EmptyStateGuard.refuseCommittedOffsets(config.kafkaBootstrap(), config.consumerGroupId(),
                    config.topics().transactions());
        }
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.createLocalEnvironment(config.parallelism(), stateConfiguration(config, true));
        configure(env, config);
        createJob(config).build(env);
        JobClient client = env.executeAsync(InsightsJob.NAME);
        LOG.info("Started {} locally as job {} with {}", InsightsJob.NAME, client.getJobID(), config);
        return client;
    }

    /** The job wired to Kafka and PostgreSQL, with the categoriser the config chooses (the shipped model by default). */
    public static InsightsJob createJob(InsightsJobConfig config) {
        return createJob(config, config.categoriser().factory());
    }

    public static InsightsJob createJob(InsightsJobConfig config, CategoriserFactory categoriserFactory) {
        return new InsightsJob(
                KafkaConnectors.transactionSource(config.kafkaBootstrap(), config.topics().transactions(),
                        config.consumerGroupId(), config.startingOffsets().initializer()),
                sinks(config),
                new InsightsSettings(categoriserFactory, new JdbcReferenceDataLoader(config.db()),
                        config.referencePollInterval(), config.anomalies(), config.stateTtl()));
    }

    /** PostgreSQL for the insights, Kafka for alerts and dead letters. */
    public static InsightsSinks sinks(InsightsJobConfig config) {
        DbSettings db = config.db();
        return new InsightsSinks(
                SpendingMonthlySink.create(db),
                TransactionCategorySink.create(db),
                KafkaConnectors.alertSink(config.kafkaBootstrap(), config.topics().alerts(), config.alertDelivery(),
                        config.transactionalIdPrefix()),
                AlertSinks.alerts(db),
                AlertSinks.anomalies(db),
                BudgetStatusSink.create(db),
                RecurringStreamSink.create(db),
                ForecastSink.create(db),
                KafkaConnectors.deadLetterSink(config.kafkaBootstrap(), config.topics().transactionsDlq()));
    }

    /**
     * Parallelism and exactly-once checkpointing; on failure, a restart from the last checkpoint every 10 s, at
     * most 10 times in 10 minutes before the job fails for an operator to look at. Object reuse is on: every record
     * the job ships is an immutable record and no function keeps or changes its input, so the chained features
     * (spending, anomalies, recurring after categorise) can share one instance instead of each getting a deep copy.
     * Network buffers are sent when full or after {@link #BUFFER_TIMEOUT} (Flink's default is 100 ms per hop, and an
     * alert crosses two hops): at high rates they fill first anyway, at low rates an insight waits less.
     */
    public static void configure(StreamExecutionEnvironment env, InsightsJobConfig config) {
        env.setParallelism(config.parallelism());
        env.enableCheckpointing(config.checkpointInterval().toMillis(), CheckpointingMode.EXACTLY_ONCE);
        env.configure(new Configuration()
                .set(PipelineOptions.OBJECT_REUSE, true)
                .set(ExecutionOptions.BUFFER_TIMEOUT, BUFFER_TIMEOUT)
                .set(RestartStrategyOptions.RESTART_STRATEGY, "failure-rate")
                .set(RestartStrategyOptions.RESTART_STRATEGY_FAILURE_RATE_MAX_FAILURES_PER_INTERVAL, 10)
                .set(RestartStrategyOptions.RESTART_STRATEGY_FAILURE_RATE_FAILURE_RATE_INTERVAL,
                        Duration.ofMinutes(10))
                .set(RestartStrategyOptions.RESTART_STRATEGY_FAILURE_RATE_DELAY, Duration.ofSeconds(10)));
    }

    /**
     * The state changelog: a checkpoint uploads the state changes since the previous one (small and quick, so
     * exactly-once alerts wait less), and a full copy is materialised in the background every few minutes; a restore
     * replays the changes on top of it. The log lives next to the checkpoints (the cluster's own directory when
     * none is given).
     */
    private static void logStateChanges(Configuration flinkConfig, String checkpointDirectory) {
        flinkConfig.set(StateChangelogOptions.ENABLE_STATE_CHANGE_LOG, true);
        flinkConfig.set(StateChangelogOptions.STATE_CHANGE_LOG_STORAGE, "filesystem");
        flinkConfig.set(StateChangelogOptions.PERIODIC_MATERIALIZATION_INTERVAL, MATERIALISATION_INTERVAL);
        if (!checkpointDirectory.isEmpty()) {
            flinkConfig.set(FsStateChangelogOptions.BASE_PATH, checkpointDirectory.replaceAll("/*$", "") + "/changelog");
        }
    }

    /**
     * The state backend the config asks for — RocksDB (incremental checkpoints) by default on a cluster, the heap
     * with the state changelog by default locally — and where checkpoints go: {@code --checkpoint-dir} when given;
     * else the cluster's configuration under flink run, and a directory under the temp dir locally (the JobManager's memory, Flink's
     * local default, refuses states over 5 MB).
     */
    public static Configuration stateConfiguration(InsightsJobConfig config, boolean local) {
        String backend = config.stateBackend().flinkName(local);
        Configuration flinkConfig = new Configuration().set(StateBackendOptions.STATE_BACKEND, backend);
        if ("rocksdb".equals(backend)) {
            flinkConfig.set(CheckpointingOptions.INCREMENTAL_CHECKPOINTS, true);
            // Each new transaction is looked up, and missed, in several per-transaction maps: without bloom filters
            // a miss reads the index and a data block of every level. With them: 0.7-0.9 of the CPU per event.
            flinkConfig.set(RocksDBConfigurableOptions.USE_BLOOM_FILTER, true);
            if (local) {
                flinkConfig.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, config.localManagedMemory());
            }
        }
        String directory = config.checkpointDir();
        if (directory.isEmpty() && local) {
            directory = Path.of(System.getProperty("java.io.tmpdir"), "banksync-checkpoints").toUri().toString();
        }
        if (!directory.isEmpty()) {
            flinkConfig.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
            flinkConfig.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, directory);
        }
        if (config.stateBackend().logsChanges(local)) {
            logStateChanges(flinkConfig, directory);
        }
        return flinkConfig;
    }
}
