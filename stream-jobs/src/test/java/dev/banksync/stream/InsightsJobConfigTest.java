package dev.banksync.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banksync.core.config.BanksyncEnv;
import dev.banksync.core.event.TopicNames;
import dev.banksync.stream.InsightsJobConfig.StartingOffsets;
import dev.banksync.stream.InsightsJobConfig.StateBackend;
import dev.banksync.stream.alert.AlertDelivery;
import dev.banksync.stream.anomaly.AnomalySettings;
import java.time.Duration;
import java.util.Map;
import org.apache.flink.changelog.fs.FsStateChangelogOptions;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.StateChangelogOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.state.rocksdb.RocksDBConfigurableOptions;
import org.junit.jupiter.api.Test;

class InsightsJobConfigTest {

    private static final BanksyncEnv NO_ENV = new BanksyncEnv(Map.of());

    @Test
    void everySettingHasALocalDefault() {
        InsightsJobConfig config = InsightsJobConfig.fromEnv(NO_ENV);

        assertThat(config.kafkaBootstrap()).isEqualTo("localhost:9092");
        assertThat(config.topics()).isEqualTo(TopicNames.DEFAULT);
        assertThat(config.consumerGroupId()).isEqualTo(InsightsJobConfig.DEFAULT_GROUP_ID);
        assertThat(config.db()).isEqualTo(NO_ENV.db());
        assertThat(config.parallelism()).isEqualTo(2);
        assertThat(config.checkpointInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.startingOffsets()).isEqualTo(StartingOffsets.COMMITTED);
        assertThat(config.stateTtl()).isEqualTo(Duration.ofDays(400));
        assertThat(config.stateBackend()).isEqualTo(StateBackend.AUTO);
        assertThat(config.alertDelivery()).isEqualTo(AlertDelivery.EXACTLY_ONCE);
        assertThat(config.anomalies()).isEqualTo(AnomalySettings.DEFAULTS);
        assertThat(config.referencePollInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.categoriser()).isEqualTo(InsightsJobConfig.CategoriserChoice.MODEL);
        assertThat(config.checkpointDir()).isEmpty();
        assertThat(config.localManagedMemory()).isEqualTo(MemorySize.parse("1g"));
    }

    @Test
    void theInsightsFlagsAreParsed() {
        InsightsJobConfig config = InsightsJobConfig.parse(new String[] {"--state-backend", "rocksdb",
                "--alerts-delivery", "at-least-once", "--anomalies", "velocity-burst.enabled=false",
                "--reference-poll-interval", "5s", "--categoriser", "baseline"}, NO_ENV);

        assertThat(config.stateBackend()).isEqualTo(StateBackend.ROCKSDB);
        assertThat(config.alertDelivery()).isEqualTo(AlertDelivery.AT_LEAST_ONCE);
        assertThat(config.anomalies().velocityBurst()).isFalse();
        assertThat(config.referencePollInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.categoriser()).isEqualTo(InsightsJobConfig.CategoriserChoice.BASELINE);
        assertThatThrownBy(() -> InsightsJobConfig.parse(new String[] {"--state-backend", "memory"}, NO_ENV))
                .hasMessageContaining("--state-backend").hasMessageContaining("memory");
        assertThatThrownBy(() -> InsightsJobConfig.parse(new String[] {"--anomalies", "nonsense=1"}, NO_ENV))
                .hasMessageContaining("--anomalies").hasMessageContaining("nonsense");
    }

    @Test
    void rocksDbOnAClusterAndTheHeapLocallyUnlessAskedOtherwise() {
        InsightsJobConfig auto = InsightsJobConfig.fromEnv(NO_ENV);
        InsightsJobConfig rocks = InsightsJobConfig.parse(new String[] {"--state-backend", "rocksdb"}, NO_ENV);

        assertThat(InsightsJobMain.stateConfiguration(auto, false).get(StateBackendOptions.STATE_BACKEND))
                .isEqualTo("rocksdb");
        assertThat(InsightsJobMain.stateConfiguration(auto, true).get(StateBackendOptions.STATE_BACKEND))
                .isEqualTo("hashmap");
        assertThat(InsightsJobMain.stateConfiguration(rocks, true).get(StateBackendOptions.STATE_BACKEND))
                .isEqualTo("rocksdb");
    }

    @Test
    void rocksDbGetsBloomFiltersAndInLocalModeTheManagedMemoryAsked() {
        InsightsJobConfig rocks = InsightsJobConfig.parse(new String[] {"--state-backend", "rocksdb",
                "--local-managed-memory", "512m"}, NO_ENV);

        assertThat(InsightsJobMain.stateConfiguration(rocks, true).get(TaskManagerOptions.MANAGED_MEMORY_SIZE))
                .isEqualTo(MemorySize.parse("512m"));
        assertThat(InsightsJobMain.stateConfiguration(rocks, false).getOptional(TaskManagerOptions.MANAGED_MEMORY_SIZE))
                .as("a cluster's TaskManagers decide their own").isEmpty();
        assertThat(InsightsJobMain.stateConfiguration(rocks, true).get(RocksDBConfigurableOptions.USE_BLOOM_FILTER))
                .isTrue();
        assertThat(InsightsJobMain.stateConfiguration(rocks, false).get(RocksDBConfigurableOptions.USE_BLOOM_FILTER))
                .isTrue();
        assertThat(InsightsJobMain.stateConfiguration(InsightsJobConfig.fromEnv(NO_ENV), true)
                .getOptional(TaskManagerOptions.MANAGED_MEMORY_SIZE)).as("the heap does not use it").isEmpty();
        assertThat(InsightsJobConfig.fromEnv(new BanksyncEnv(Map.of("BANKSYNC_STREAM_LOCAL_MANAGED_MEMORY", "2 gb")))
                .localManagedMemory()).isEqualTo(MemorySize.ofMebiBytes(2048));
        assertThatThrownBy(() -> InsightsJobConfig.parse(new String[] {"--local-managed-memory", "lots"}, NO_ENV))
                .hasMessageContaining("--local-managed-memory").hasMessageContaining("lots");
    }

    @Test
    void theUsageNamesTheValuesEveryChoiceTakes() {
        assertThat(InsightsJobConfig.usage())
                .contains("--state-backend takes one of: auto, hashmap, hashmap-changelog, rocksdb")
                .contains("--alerts-delivery takes one of: exactly-once, at-least-once")
                .contains("--starting-offsets takes one of: committed, earliest, latest");
    }

    @Test
    void theLocalHeapLogsStateChangesUnlessFullSnapshotsAreAskedFor() {
        InsightsJobConfig auto = InsightsJobConfig.fromEnv(NO_ENV);
        InsightsJobConfig full = InsightsJobConfig.parse(new String[] {"--state-backend", "hashmap"}, NO_ENV);
        InsightsJobConfig logged = InsightsJobConfig.parse(new String[] {"--state-backend", "hashmap-changelog",
                "--checkpoint-dir", "file:///cp/"}, NO_ENV);

        assertThat(InsightsJobMain.stateConfiguration(auto, true).get(StateChangelogOptions.ENABLE_STATE_CHANGE_LOG))
                .isTrue();
        assertThat(InsightsJobMain.stateConfiguration(auto, false).get(StateChangelogOptions.ENABLE_STATE_CHANGE_LOG))
                .as("RocksDB on a cluster checkpoints incrementally by itself").isFalse();
        assertThat(InsightsJobMain.stateConfiguration(full, true).get(StateChangelogOptions.ENABLE_STATE_CHANGE_LOG))
                .isFalse();
        Configuration onCluster = InsightsJobMain.stateConfiguration(logged, false);
        assertThat(onCluster.get(StateChangelogOptions.ENABLE_STATE_CHANGE_LOG)).isTrue();
        assertThat(onCluster.get(StateBackendOptions.STATE_BACKEND)).isEqualTo("hashmap");
        assertThat(onCluster.get(FsStateChangelogOptions.BASE_PATH)).isEqualTo("file:///cp/changelog");
    }

    @Test
    void checkpointsGoToTheFlagsDirectoryElseLocallyToATempDirectoryNotTheJobManagersMemory() {
        InsightsJobConfig auto = InsightsJobConfig.fromEnv(NO_ENV);
        InsightsJobConfig given = InsightsJobConfig.parse(new String[] {"--checkpoint-dir", "s3://bucket/cp"}, NO_ENV);

        assertThat(InsightsJobMain.stateConfiguration(auto, true).get(CheckpointingOptions.CHECKPOINTS_DIRECTORY))
                .contains("banksync-checkpoints");
        assertThat(InsightsJobMain.stateConfiguration(auto, false).getOptional(CheckpointingOptions.CHECKPOINTS_DIRECTORY))
                .isEmpty();
        assertThat(InsightsJobMain.stateConfiguration(given, false).get(CheckpointingOptions.CHECKPOINTS_DIRECTORY))
                .isEqualTo("s3://bucket/cp");
    }

    @Test
    void flagsWinOverTheEnvironment() {
        BanksyncEnv env = new BanksyncEnv(Map.of(
                "BANKSYNC_KAFKA_BOOTSTRAP", "kafka:9092",
                "BANKSYNC_TOPIC_NAMESPACE", "staging.",
                "BANKSYNC_DB_URL", "jdbc:postgresql://db:5432/banksync",
                "BANKSYNC_STREAM_PARALLELISM", "4"));

        InsightsJobConfig config = InsightsJobConfig.parse(new String[] {
                "--parallelism", "8", "--checkpoint-interval", "500 ms", "--starting-offsets", "earliest",
                "--db-user", "banksync_stream", "--state-ttl", "30d"}, env);

        assertThat(config.kafkaBootstrap()).isEqualTo("kafka:9092");
        assertThat(config.topics()).isEqualTo(TopicNames.withNamespace("staging."));
        assertThat(config.db().url()).isEqualTo("jdbc:postgresql://db:5432/banksync");
        assertThat(config.db().user()).isEqualTo("banksync_stream");
        assertThat(config.parallelism()).isEqualTo(8);
        assertThat(config.checkpointInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.startingOffsets()).isEqualTo(StartingOffsets.EARLIEST);
        assertThat(config.stateTtl()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void aBadValueNamesTheFlagAndItsVariable() {
        assertThatThrownBy(() -> InsightsJobConfig.parse(new String[] {"--parallelism", "many"}, NO_ENV))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--parallelism")
                .hasMessageContaining("BANKSYNC_STREAM_PARALLELISM")
                .hasMessageContaining("many");
        assertThatThrownBy(() -> InsightsJobConfig.parse(new String[] {"--starting-offsets", "yesterday"}, NO_ENV))
                .hasMessageContaining("--starting-offsets");
    }

    @Test
    void anUnknownOptionOrAMissingValueIsRefusedWithUsage() {
        assertThatThrownBy(() -> InsightsJobConfig.parse(new String[] {"--paralelism", "2"}, NO_ENV))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--paralelism")
                .hasMessageContaining("Usage:");
        assertThatThrownBy(() -> InsightsJobConfig.parse(new String[] {"--group-id"}, NO_ENV))
                .hasMessageContaining("--group-id needs a value");
    }

    @Test
    void thePasswordNeverShowsInTheConfigsText() {
        InsightsJobConfig config = InsightsJobConfig.parse(new String[] {"--db-password", "s3cret-pw"}, NO_ENV);

        assertThat(config.db().password()).isEqualTo("s3cret-pw");
        assertThat(config.toString()).doesNotContain("s3cret-pw");
    }
}
