package dev.banksync.benchmarks.stream;

import dev.banksync.stream.InsightsJobConfig;
import dev.banksync.stream.InsightsJobConfig.StateBackend;
import dev.banksync.stream.InsightsJobMain;
import dev.banksync.stream.InsightsSinks;
import dev.banksync.stream.alert.AlertDelivery;
import dev.banksync.testkit.postgres.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;

/**
 * The stream benchmark of BENCHMARKS.md ("Stream"): throughput of the whole InsightsJob (parallelism 2, checkpoints
 * on) over a pre-filled topic, against a plain Kafka consumer and the same job with discarded outputs; then the
 * latency from appending a transaction to its duplicate-charge alert on the alerts topic at a fixed rate, against
 * Kafka's own append→consume latency at that rate. Everything runs in this JVM on testkit's in-JVM Kafka and
 * embedded PostgreSQL. Arguments: {@code [events] [users] [rate] [seconds] [all|throughput|throughput-heap|latency]} (default
 * 300000 20000 10000 20 all); {@code latency-at-least-once} or {@code latency-exactly-once} runs only that delivery
 * with PostgreSQL (with the Kafka baseline), to profile one configuration.
 */
public final class StreamBenchmark {

    private static final Duration THROUGHPUT_CHECKPOINTS = Duration.ofSeconds(10);
    /**
     * Exactly-once alerts are published when the checkpoint after them completes, so their latency needs short
     * checkpoints; at-least-once alerts do not wait for checkpoints and run with the job's default interval (every
     * heap checkpoint serialises the whole state, so checkpointing five times a second costs CPU for nothing there).
     */
    private static Duration latencyCheckpoints(AlertDelivery delivery) {
        return delivery == AlertDelivery.EXACTLY_ONCE ? Duration.ofMillis(200) : THROUGHPUT_CHECKPOINTS;
    }

    private StreamBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-stream-benchmark.xml");
        }
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        String phases = args.length > 4 ? args[4] : "all";
        List<String> report = new ArrayList<>();
        say(report, String.format(Locale.ROOT, "%d events, %d users, %d cores, Java %s", events, users,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));

        if (phases.equals("all") || phases.startsWith("throughput")) {
            throughput(report, events, users, !phases.equals("throughput-heap"));
        }
        if (phases.equals("all") || phases.startsWith("latency")) {
            latency(report, users, rate, seconds, phases.equals("latency") || phases.equals("all") ? null
                    : AlertDelivery.valueOf(phases.substring("latency-".length()).toUpperCase(Locale.ROOT)
                            .replace('-', '_')));
        }
        Path out = Path.of("target", "stream-benchmark.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        System.exit(0); // testkit's servers stop in their shutdown hooks
    }

    /** With {@code baselines} false, only the consumer and the full job on the heap (to compare one change quickly). */
    private static void throughput(List<String> report, int events, int users, boolean baselines) throws Exception {
        StreamBenchEnvironment filled = StreamBenchEnvironment.create("stream_tp");
        BenchmarkEvents generator = new BenchmarkEvents(42, users, 0.01);
        List<BenchmarkEvents.Event> batch = new ArrayList<>(events);
        while (batch.size() < events) {
            batch.addAll(generator.next());
        }
        List<BenchmarkEvents.Event> all = batch.subList(0, events);
        filled.produceAll(all);

        double raw = ThroughputRun.rawConsumer(filled.bootstrapServers(), filled.topics().transactions(), events);
        say(report, line("plain Kafka consumer (baseline)", raw, raw));
        PostgresCpu postgres = PostgresCpu.of(filled.db());
        double discarded = Double.NaN;
        if (baselines) {
            InsightsJobConfig discardConfig = filled.config(THROUGHPUT_CHECKPOINTS, AlertDelivery.EXACTLY_ONCE);
            ThroughputRun.Result result = ThroughputRun.job(discardConfig, InsightsSinks.discardingAll(), events, null);
            discarded = result.eventsPerSecond();
            say(report, line("InsightsJob, outputs discarded (baseline)", result, raw));
        }
        InsightsJobConfig fullConfig = filled.config(THROUGHPUT_CHECKPOINTS, AlertDelivery.EXACTLY_ONCE);
        ThroughputRun.Result full = ThroughputRun.job(fullConfig, InsightsJobMain.sinks(fullConfig), events, postgres);
        say(report, line("InsightsJob, PostgreSQL + Kafka (heap state, changelog)", full, raw)
                + String.format(Locale.ROOT, "; %.2f of the discarding job", full.eventsPerSecond() / discarded));
        say(report, "  PostgreSQL's side of it: " + insightWrites(filled));
        if (!baselines) {
            return;
        }
        // What the changelog costs per event (every state write is also serialised into the log), against what it
        // saves: full heap snapshots copy the whole state at every checkpoint.
        InsightsJobConfig heapConfig = filled.config(THROUGHPUT_CHECKPOINTS, AlertDelivery.EXACTLY_ONCE)
                .withStateBackend(StateBackend.HASHMAP);
        ThroughputRun.Result heap = ThroughputRun.job(heapConfig, InsightsJobMain.sinks(heapConfig), events, postgres);
        say(report, line("InsightsJob, PostgreSQL + Kafka (heap state, full snapshots)", heap, raw));
        InsightsJobConfig rocksConfig = filled.config(THROUGHPUT_CHECKPOINTS, AlertDelivery.EXACTLY_ONCE)
                .withStateBackend(StateBackend.ROCKSDB);
        ThroughputRun.Result rocks = ThroughputRun.job(rocksConfig, InsightsJobMain.sinks(rocksConfig), events, postgres);
        say(report, line("InsightsJob, PostgreSQL + Kafka (RocksDB state)", rocks, raw));
    }

    /**
     * The insights tables' row writes so far: inserts, updates and how many of those were HOT (the new row version
     * fitted on its page and no index changed: no index work, no bloat for vacuum to clear).
     */
    private static String insightWrites(StreamBenchEnvironment env) throws InterruptedException {
        Thread.sleep(1500); // statistics reach the views at most a second after each transaction
        TestDatabase db = env.db();
        long inserted = db.queryLong("SELECT sum(n_tup_ins) FROM pg_stat_user_tables WHERE schemaname = 'insights'");
        long updated = db.queryLong("SELECT sum(n_tup_upd) FROM pg_stat_user_tables WHERE schemaname = 'insights'");
        long hot = db.queryLong("SELECT sum(n_tup_hot_upd) FROM pg_stat_user_tables WHERE schemaname = 'insights'");
        StringBuilder perTable = new StringBuilder();
        try (var c = db.dataSource().getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT relname, n_tup_ins, n_tup_upd, n_tup_del FROM pg_stat_user_tables"
                     + " WHERE schemaname = 'insights' AND n_tup_ins + n_tup_upd + n_tup_del > 0 ORDER BY relname")) {
            while (rs.next()) {
                perTable.append(String.format(Locale.ROOT, "; %s %,d/%,d/%,d", rs.getString(1), rs.getLong(2),
                        rs.getLong(3), rs.getLong(4)));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return String.format(Locale.ROOT, "%,d rows inserted, %,d updated (%.0f %% of them HOT); inserted/updated/"
                + "deleted per table%s", inserted, updated, updated == 0 ? 0.0 : 100.0 * hot / updated, perTable);
    }

    private static void latency(List<String> report, int users, int rate, int seconds, AlertDelivery only)
            throws Exception {
        StreamBenchEnvironment plain = StreamBenchEnvironment.create("stream_lat_kafka");
        LatencyRun.Result kafka = new LatencyRun(plain).run(
                new BenchmarkEvents(7, users, 0.01), rate, 3, seconds, plain.topics().transactions(), false);
        say(report, "Kafka append→consume at " + rate + "/s (baseline): " + LatencyRun.describe(kafka));
        // A first job in a cold JVM compiles while the events pile up, and at a rate near the machine's capacity that
        // backlog never drains: whichever configuration ran first looked worst. One job at half the rate warms it up.
        LatencyRun.Result warmUp = jobLatency("stream_lat_warm_up", AlertDelivery.AT_LEAST_ONCE, true, users,
                rate / 2, seconds);
        say(report, "warm-up job (at-least-once, PostgreSQL + Kafka) at " + rate / 2 + "/s: "
                + LatencyRun.describe(warmUp));
        for (AlertDelivery delivery : only == null ? AlertDelivery.values() : new AlertDelivery[] {only}) {
            for (boolean database : only == null ? new boolean[] {true, false} : new boolean[] {true}) {
                LatencyRun.Result job = jobLatency("stream_lat_" + delivery.name().toLowerCase(Locale.ROOT)
                        + (database ? "" : "_nodb"), delivery, database, users, rate, seconds);
                say(report, String.format(Locale.ROOT, "append→alert at %d/s, %s, %s, checkpoints every %d ms: %s;"
                                + " p99 %.1f× Kafka's", rate, delivery,
                        database ? "PostgreSQL + Kafka" : "alerts topic only (PostgreSQL discarded)",
                        latencyCheckpoints(delivery).toMillis(), LatencyRun.describe(job), job.p99() / kafka.p99()));
            }
        }
    }

    /**
     * The job as {@code banksync stream} runs it; without the {@code database}, every PostgreSQL sink is discarded
     * (a baseline: how much of an exactly-once alert's wait is the sinks' flush to PostgreSQL at each checkpoint).
     */
    private static LatencyRun.Result jobLatency(String name, AlertDelivery delivery, boolean database, int users,
                                                int rate, int seconds) throws Exception {
        StreamBenchEnvironment env = StreamBenchEnvironment.create(name);
        InsightsJobConfig config = env.config(latencyCheckpoints(delivery), delivery);
        JobClient job = database ? InsightsJobMain.runLocal(config) : ThroughputRun.start(config,
                InsightsSinks.discardingAll().withAlertsTopic(InsightsJobMain.sinks(config).alertsTopic()));
        try {
            while (job.getJobStatus().get(10, TimeUnit.SECONDS) != JobStatus.RUNNING) {
                Thread.sleep(100);
            }
            Thread.sleep(3000); // sources assigned, first checkpoints taken
            return new LatencyRun(env).run(new BenchmarkEvents(11, users, 0.01), rate, 5, seconds,
                    env.topics().alerts(), true);
        } finally {
            job.cancel().get(60, TimeUnit.SECONDS);
        }
    }

    private static void say(List<String> report, String line) {
        System.out.println(line);
        report.add(line);
    }

    private static String line(String what, ThroughputRun.Result result, double raw) {
        String postgres = Double.isNaN(result.postgresCpuMicrosPerEvent()) ? ""
                : String.format(Locale.ROOT, " (+ PostgreSQL's %.0f µs)", result.postgresCpuMicrosPerEvent());
        return line(what, result.eventsPerSecond(), raw)
                + String.format(Locale.ROOT, ", %.0f µs CPU per event%s, load average %.1f after it",
                result.cpuMicrosPerEvent(), postgres, java.lang.management.ManagementFactory
                        .getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String line(String what, double perSecond, double raw) {
        return String.format(Locale.ROOT, "%s: %,.0f events/s (%.2f of the plain consumer)", what, perSecond,
                perSecond / raw);
    }
}
