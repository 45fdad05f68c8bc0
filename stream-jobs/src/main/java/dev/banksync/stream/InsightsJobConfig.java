package dev.banksync.stream;

import dev.banksync.core.config.BanksyncEnv;
import dev.banksync.core.db.DbSettings;
import dev.banksync.core.event.TopicNames;
import dev.banksync.stream.alert.AlertDelivery;
import dev.banksync.stream.anomaly.AnomalySettings;
import dev.banksync.stream.categorise.CategoriserFactory;
import dev.banksync.stream.state.StateTtl;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.util.ParameterTool;
import org.apache.flink.util.TimeUtils;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * Everything the deployed InsightsJob needs to know. {@link #parse} reads each setting from its flag, else its
 * {@code BANKSYNC_*} environment variable (or {@code banksync.*} system property), else a default that works
 * locally.
 */
public record InsightsJobConfig(
        String kafkaBootstrap,
        TopicNames topics,
        String consumerGroupId,
        DbSettings db,
        int parallelism,
        Duration checkpointInterval,
        StartingOffsets startingOffsets,
        Duration stateTtl,
        StateBackend stateBackend,
        AlertDelivery alertDelivery,
        AnomalySettings anomalies,
        Duration referencePollInterval,
        String checkpointDir,
        CategoriserChoice categoriser,
        MemorySize localManagedMemory) {

    public static final String DEFAULT_GROUP_ID = "banksync-insights";

    /**
     * RocksDB's block cache and write buffers in local mode (Flink's local default, 128 MB, cost about 1.5× the CPU
     * per event: BENCHMARKS.md). On a cluster the TaskManagers' configuration decides (see docker-compose.yml).
     */
    public static final String DEFAULT_LOCAL_MANAGED_MEMORY = "1g";

    /** Where a fresh start (no checkpoint or savepoint to restore) begins reading. */
    public enum StartingOffsets {
        /** The consumer group's committed offsets, else the earliest. */
        COMMITTED,
        /** Rebuild everything from the start of the topic (absolute upserts make that safe). */
        EARLIEST,
        LATEST;

        public OffsetsInitializer initializer() {
            return switch (this) {
                case COMMITTED -> OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
                case EARLIEST -> OffsetsInitializer.earliest();
                case LATEST -> OffsetsInitializer.latest();
            };
        }
    }

    /**
     * Where keyed state lives. AUTO: RocksDB with incremental checkpoints under {@code flink run} (a cluster), the heap
     * with the state changelog in local mode. HASHMAP: the heap with full snapshots (every checkpoint copies all state).
     */
    public enum StateBackend {
        AUTO, HASHMAP, HASHMAP_CHANGELOG, ROCKSDB;

        /** Flink's name of the backend for {@code state.backend.type}. */
        public String flinkName(boolean local) {
            return switch (this) {
                case AUTO -> local ? "hashmap" : "rocksdb";
                case HASHMAP, HASHMAP_CHANGELOG -> "hashmap";
                case ROCKSDB -> "rocksdb";
            };
        }

        /**
         * Whether checkpoints upload only the state changes since the previous one (Flink's state changelog, with a
         * full copy materialised in the background every few minutes). Measured locally at 2 000 events/s with
         * checkpoints every 200 ms: exactly-once alerts p99 281 ms with it, 871 ms with full heap snapshots.
         */
        public boolean logsChanges(boolean local) {
            return this == HASHMAP_CHANGELOG || this == AUTO && local;
        }
    }

    /** Which categoriser decides after users' rules and corrections. */
    public enum CategoriserChoice {
        /** ml-models' shipped Tribuo model. */
        MODEL,
        /** The MCC/keyword rules of this module: no model, fully predictable. */
        BASELINE;

        public CategoriserFactory factory() {
            return this == MODEL ? CategoriserFactory.defaultModel() : CategoriserFactory.baseline();
        }
    }

    /** A flag's environment variable and default (null: {@link BanksyncEnv}'s own default). */
    private record Setting(String envVar, String defaultValue) {
    }

    private static final Map<String, Setting> SETTINGS = new LinkedHashMap<>();

    static {
        SETTINGS.put("kafka-bootstrap", new Setting(BanksyncEnv.KAFKA_BOOTSTRAP, null));
        SETTINGS.put("topic-namespace", new Setting(BanksyncEnv.TOPIC_NAMESPACE, ""));
        SETTINGS.put("group-id", new Setting("BANKSYNC_STREAM_GROUP_ID", DEFAULT_GROUP_ID));
        SETTINGS.put("db-url", new Setting(BanksyncEnv.DB_URL, null));
        SETTINGS.put("db-user", new Setting(BanksyncEnv.DB_USER, null));
        SETTINGS.put("db-password", new Setting(BanksyncEnv.DB_PASSWORD, null));
        SETTINGS.put("parallelism", new Setting("BANKSYNC_STREAM_PARALLELISM", "2"));
        SETTINGS.put("checkpoint-interval", new Setting("BANKSYNC_STREAM_CHECKPOINT_INTERVAL", "10s"));
        SETTINGS.put("starting-offsets", new Setting("BANKSYNC_STREAM_STARTING_OFFSETS", "committed"));
        SETTINGS.put("state-ttl", new Setting("BANKSYNC_STREAM_STATE_TTL", StateTtl.DEFAULT.toDays() + "d"));
        SETTINGS.put("state-backend", new Setting("BANKSYNC_STREAM_STATE_BACKEND", "auto"));
        SETTINGS.put("alerts-delivery", new Setting("BANKSYNC_STREAM_ALERTS_DELIVERY", "exactly-once"));
        SETTINGS.put("anomalies", new Setting("BANKSYNC_STREAM_ANOMALIES", ""));
        SETTINGS.put("categoriser", new Setting("BANKSYNC_STREAM_CATEGORISER", "model"));
        SETTINGS.put("checkpoint-dir", new Setting("BANKSYNC_STREAM_CHECKPOINT_DIR", ""));
        SETTINGS.put("reference-poll-interval", new Setting("BANKSYNC_STREAM_REFERENCE_POLL_INTERVAL",
                InsightsSettings.DEFAULT_POLL_INTERVAL.toSeconds() + "s"));
        SETTINGS.put("local-managed-memory", new Setting("BANKSYNC_STREAM_LOCAL_MANAGED_MEMORY",
                DEFAULT_LOCAL_MANAGED_MEMORY));
    }

    /** What ParameterTool stores for a flag given without a value. */
    private static final String NO_VALUE = "__NO_VALUE_KEY";

    public InsightsJobConfig {
        Objects.requireNonNull(kafkaBootstrap, "kafkaBootstrap");
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(consumerGroupId, "consumerGroupId");
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(startingOffsets, "startingOffsets");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1, was " + parallelism);
        }
        if (checkpointInterval == null || checkpointInterval.toMillis() < 10) {
            throw new IllegalArgumentException("checkpoint interval must be at least 10 ms, was " + checkpointInterval);
        }
        if (stateTtl == null || stateTtl.isNegative() || stateTtl.isZero()) {
            throw new IllegalArgumentException("state TTL must be positive, was " + stateTtl);
        }
        Objects.requireNonNull(stateBackend, "stateBackend");
        Objects.requireNonNull(alertDelivery, "alertDelivery");
        Objects.requireNonNull(anomalies, "anomalies");
        if (referencePollInterval == null || referencePollInterval.toMillis() < 100) {
            throw new IllegalArgumentException("reference poll interval must be at least 100 ms, was "
                    + referencePollInterval);
        }
        Objects.requireNonNull(checkpointDir, "checkpointDir (empty: the environment's default)");
        Objects.requireNonNull(categoriser, "categoriser");
        Objects.requireNonNull(localManagedMemory, "localManagedMemory");
    }

    /** The settings of the first version of the job; the later ones at their defaults. */
    public InsightsJobConfig(String kafkaBootstrap, TopicNames topics, String consumerGroupId, DbSettings db,
                             int parallelism, Duration checkpointInterval, StartingOffsets startingOffsets,
                             Duration stateTtl) {
        this(kafkaBootstrap, topics, consumerGroupId, db, parallelism, checkpointInterval, startingOffsets, stateTtl,
                StateBackend.AUTO, AlertDelivery.EXACTLY_ONCE, AnomalySettings.DEFAULTS,
                InsightsSettings.DEFAULT_POLL_INTERVAL, "", CategoriserChoice.MODEL,
                MemorySize.parse(DEFAULT_LOCAL_MANAGED_MEMORY));
    }

    public InsightsJobConfig withAlertDelivery(AlertDelivery delivery) {
        return new InsightsJobConfig(kafkaBootstrap, topics, consumerGroupId, db, parallelism, checkpointInterval,
                startingOffsets, stateTtl, stateBackend, delivery, anomalies, referencePollInterval, checkpointDir,
                categoriser, localManagedMemory);
    }

    public InsightsJobConfig withStateBackend(StateBackend backend) {
        return new InsightsJobConfig(kafkaBootstrap, topics, consumerGroupId, db, parallelism, checkpointInterval,
                startingOffsets, stateTtl, backend, alertDelivery, anomalies, referencePollInterval, checkpointDir,
                categoriser, localManagedMemory);
    }

    public InsightsJobConfig withCategoriser(CategoriserChoice choice) {
        return new InsightsJobConfig(kafkaBootstrap, topics, consumerGroupId, db, parallelism, checkpointInterval,
                startingOffsets, stateTtl, stateBackend, alertDelivery, anomalies, referencePollInterval, checkpointDir,
                choice, localManagedMemory);
    }

    public InsightsJobConfig withReferencePollInterval(Duration interval) {
        return new InsightsJobConfig(kafkaBootstrap, topics, consumerGroupId, db, parallelism, checkpointInterval,
                startingOffsets, stateTtl, stateBackend, alertDelivery, anomalies, interval, checkpointDir, categoriser,
                localManagedMemory);
    }

    /** The Kafka transactional id prefix of the exactly-once alert sink: one per consumer group (i.e. per job). */
    public String transactionalIdPrefix() {
        return consumerGroupId + "-alerts";
    }

    /** Everything from the environment (and defaults) alone. */
    public static InsightsJobConfig fromEnv(BanksyncEnv env) {
        return parse(new String[0], env);
    }

    /**
     * Parses {@code --flag value} arguments over the environment.
     *
     * @throws IllegalArgumentException naming the flag (and its variable) that is unknown or has a bad value
     */
    public static InsightsJobConfig parse(String[] args, BanksyncEnv env) {
        ParameterTool flags;
        try {
            flags = ParameterTool.fromArgs(args);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + "\n" + usage(), e);
        }
        Set<String> unknown = new TreeSet<>(flags.toMap().keySet());
        unknown.removeAll(SETTINGS.keySet());
        unknown.remove("help");
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s) --" + String.join(", --", unknown) + "\n" + usage());
        }
        DbSettings defaults = env.db();
        return new InsightsJobConfig(
                value(flags, env, "kafka-bootstrap", env.kafkaBootstrap()),
                TopicNames.withNamespace(value(flags, env, "topic-namespace", null)),
                value(flags, env, "group-id", null),
                new DbSettings(value(flags, env, "db-url", defaults.url()),
                        value(flags, env, "db-user", defaults.user()),
                        value(flags, env, "db-password", defaults.password())),
                converted(flags, env, "parallelism", Integer::parseInt),
                converted(flags, env, "checkpoint-interval", TimeUtils::parseDuration),
                converted(flags, env, "starting-offsets",
                        v -> StartingOffsets.valueOf(enumName(v))),
                converted(flags, env, "state-ttl", TimeUtils::parseDuration),
                converted(flags, env, "state-backend", v -> StateBackend.valueOf(enumName(v))),
                converted(flags, env, "alerts-delivery", v -> AlertDelivery.valueOf(enumName(v))),
                converted(flags, env, "anomalies", AnomalySettings::parse),
                converted(flags, env, "reference-poll-interval", TimeUtils::parseDuration),
                value(flags, env, "checkpoint-dir", ""),
                converted(flags, env, "categoriser", v -> CategoriserChoice.valueOf(enumName(v))),
                converted(flags, env, "local-managed-memory", MemorySize::parse));
    }

    private static String enumName(String value) {
        return value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static void choices(StringBuilder text, String flag, Enum<?>[] values) {
        text.append(String.format("  --%s takes one of: ", flag));
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ", ").append(values[i].name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        text.append('\n');
    }

    public static boolean wantsHelp(String[] args) {
        return ParameterTool.fromArgs(args).has("help");
    }

    public static String usage() {
        StringBuilder text = new StringBuilder("Usage: flink run banksync-insights-job.jar [--option value]...\n");
        SETTINGS.forEach((flag, setting) -> text.append(String.format("  --%-20s env %-36s default %s%n",
                flag, setting.envVar(),
                setting.defaultValue() == null ? "(BanksyncEnv's)" : "'" + setting.defaultValue() + "'")));
        text.append("  --help                 this text\n");
        choices(text, "starting-offsets", StartingOffsets.values());
        choices(text, "state-backend", StateBackend.values());
        choices(text, "alerts-delivery", AlertDelivery.values());
        choices(text, "categoriser", CategoriserChoice.values());
        return text.append("  --anomalies takes kind.setting=value,... over: ").append(AnomalySettings.describe())
                .append('\n').toString();
    }

    private static String value(ParameterTool flags, BanksyncEnv env, String flag, String fallback) {
        Setting setting = SETTINGS.get(flag);
        if (flags.has(flag)) {
            String value = flags.get(flag);
            if (value == null || NO_VALUE.equals(value)) {
                throw new IllegalArgumentException("option --" + flag + " needs a value");
            }
            return value;
        }
        return env.get(setting.envVar()).orElse(setting.defaultValue() != null ? setting.defaultValue() : fallback);
    }

    private static <T> T converted(ParameterTool flags, BanksyncEnv env, String flag,
                                   java.util.function.Function<String, T> converter) {
        String value = value(flags, env, flag, null);
        try {
            return converter.apply(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("option --" + flag + " (or " + SETTINGS.get(flag).envVar() + "): bad value '"
                    + value + "': " + e.getMessage(), e);
        }
    }
}
