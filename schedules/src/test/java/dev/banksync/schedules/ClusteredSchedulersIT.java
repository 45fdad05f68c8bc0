package dev.banksync.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import dev.banksync.core.db.DbSettings;
import dev.banksync.schedules.launch.LaunchOutcome.Result;
import dev.banksync.schedules.operator.ScheduleStatus;
import dev.banksync.schedules.operator.SchedulerNode;
import dev.banksync.schedules.probe.FireLog.Fire;
import dev.banksync.schedules.probe.ProbeJobConfiguration;
import dev.banksync.schedules.probe.ProbeNode;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two scheduler nodes - two Spring contexts, each with its own Quartz scheduler (instance node-a, node-b) in one
 * cluster - on one database, started at the same moment, firing the probe job every second. Every Quartz fire on
 * either node is logged by a listener on that node, so a time fired by both would show up twice, whatever Spring
 * Batch made of it afterwards.
 */
@ExtendWith(BanksyncPostgres.class)
class ClusteredSchedulersIT {

    private static final String EVERY_SECOND = "* * * * * ?";

    @Test
    void twoNodesStartingTogetherRegisterOneScheduleAndRunEachFireExactlyOnceAlsoAfterOneStops(TestDatabase db) {
        List<Fire> fires = new ArrayList<>();
        try (HikariDataSource shared = writerPool(db)) {
            List<ProbeNode> nodes = startTogether(db, shared, "node-a", "node-b");
            try {
                assertThat(db.queryLong("SELECT count(*) FROM quartz.qrtz_job_details WHERE job_group = 'banksync'")).isEqualTo(1);
                assertThat(db.queryLong("SELECT count(*) FROM quartz.qrtz_triggers WHERE trigger_group = 'banksync'")).isEqualTo(1);
                assertThat(nodes.get(0).bean(ScheduleStatus.class).nodes())
                        .extracting(SchedulerNode::instanceId, SchedulerNode::alive)
                        .containsExactly(tuple("node-a", true), tuple("node-b", true));
                fires.addAll(runUntilOneStopsAndTheOtherTakesOver(nodes));
            } finally {
                nodes.forEach(ProbeNode::close);
            }
        }

        assertThat(fires).extracting(Fire::node).as("both nodes fired: the stopped one before, the survivor after")
                .contains("node-a", "node-b");
        Map<Instant, List<Fire>> firesByTime = fires.stream().collect(Collectors.groupingBy(Fire::scheduledFor));
        assertThat(firesByTime.values()).as("each scheduled time fired on exactly one node")
                .allSatisfy(same -> assertThat(same).hasSize(1));
        assertThat(fires).extracting(f -> f.outcome().result()).as("every fire launched a slot of its own")
                .containsOnly(Result.COMPLETED);
        assertThat(fires.stream().map(f -> f.outcome().slot()).distinct().count()).isEqualTo(fires.size());
        assertThat(db.queryLong("SELECT count(*) FROM batch.batch_job_execution e JOIN batch.batch_job_instance i"
                + " USING (job_instance_id) WHERE i.job_name = '" + ProbeJobConfiguration.JOB_NAME + "' AND e.status = 'COMPLETED'"))
                .as("one COMPLETED execution per fire").isEqualTo(fires.size());
        assertThat(db.queryLong("SELECT count(*) FROM batch.batch_job_execution")).isEqualTo(fires.size());
    }

    /**
     * Lets both nodes fire, stops the node that fired last, and lets the other carry on alone.
     *
     * @return every fire of both nodes
     */
    private static List<Fire> runUntilOneStopsAndTheOtherTakesOver(List<ProbeNode> nodes) {
        await().atMost(ProbeNode.DEADLINE).until(() -> completed(nodes).size() >= 4);
        Fire latest = completed(nodes).stream().max(Comparator.comparing(Fire::scheduledFor)).orElseThrow();
        ProbeNode stopping = nodes.stream().filter(n -> n.fires().contains(latest)).findFirst().orElseThrow();
        ProbeNode survivor = nodes.stream().filter(n -> n != stopping).findFirst().orElseThrow();

        stopping.close();
        Instant stopped = Instant.now();

        await().atMost(ProbeNode.DEADLINE).until(() -> survivor.fires().stream()
                .filter(f -> f.scheduledFor().isAfter(stopped) && f.outcome().result() == Result.COMPLETED).count() >= 3);
        return Stream.concat(stopping.fires().stream(), survivor.fires().stream()).toList();
    }

    /** Starts the nodes on parallel threads, so that their schedule registrations race; none is left running on failure. */
    private static List<ProbeNode> startTogether(TestDatabase db, DataSource shared, String... names) {
        List<CompletableFuture<ProbeNode>> starting = Stream.of(names)
                .map(name -> CompletableFuture.supplyAsync(() -> ProbeNode.startSharing(shared, db, name, EVERY_SECOND,
                        // a stopped node's acquired trigger waits for the cluster to declare it dead: check-in + 7.5 s
                        "spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=1000")))
                .toList();
        CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
        List<ProbeNode> started = starting.stream().filter(f -> !f.isCompletedExceptionally()).map(CompletableFuture::join).toList();
        if (started.size() < names.length) {
            started.forEach(ProbeNode::close);
            starting.forEach(CompletableFuture::join); // rethrows the start-up failure
        }
        return started;
    }

    /** The pool both nodes use (see {@link ProbeNode#startSharing}), as the batch writer role like the app. */
    private static HikariDataSource writerPool(TestDatabase db) {
        DbSettings writer = db.loginAs("banksync_batch_writer");
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(writer.url());
        pool.setUsername(writer.user());
        pool.setPassword(writer.password());
        pool.setMaximumPoolSize(20);
        return pool;
    }

    private static List<Fire> completed(List<ProbeNode> nodes) {
        return nodes.stream().flatMap(n -> n.fires().stream()).filter(f -> f.outcome().result() == Result.COMPLETED).toList();
    }
}
