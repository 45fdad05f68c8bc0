package dev.banksync.schedules.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.banksync.core.db.DbSettings;
import dev.banksync.schedules.launch.SlotParameters;
import dev.banksync.schedules.probe.FireLog.Fire;
import dev.banksync.schedules.quartz.QuartzSchedules;
import dev.banksync.schedules.slot.Slot;
import dev.banksync.testkit.postgres.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One scheduler node of a test, started on a test database as the app would start it (connected as the batch
 * writer role, Flyway - a no-op on the migrated database - as the owner), scheduling the probe job instead of the
 * bank sync. A one-second misfire threshold and idle wait spare tests production-sized intervals.
 */
public final class ProbeNode implements AutoCloseable {

    public static final Duration DEADLINE = Duration.ofSeconds(30);

    static {
        // logback configures itself once from logback-test.xml; Boot re-initialising it per node (nodes start in
        // parallel) would leave duplicated appenders
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
    }

    private final ConfigurableApplicationContext context;
    // kept so that what a node saw can still be read after it stopped
    private final FireLog fireLog;
    private final ProbeRuns probeRuns;

    private ProbeNode(ConfigurableApplicationContext context) {
        this.context = context;
        this.fireLog = context.getBean(FireLog.class);
        this.probeRuns = context.getBean(ProbeRuns.class);
    }

    public static ProbeNode start(TestDatabase db, String node, String cron, String... extraProperties) {
        return start(db, null, node, cron, extraProperties);
    }

    /**
     * A node using {@code sharedDataSource} instead of a pool of its own, for several nodes in this one JVM: Quartz
     * keeps JDBC connection providers in a JVM-wide registry keyed by scheduler name, and Spring's
     * LocalDataSourceJobStore registers the node's DataSource there. Nodes of one cluster share that name, so in one
     * JVM the last node would otherwise hand its pool to all. (Real nodes are separate JVMs; they lock and check in
     * through the database alike.)
     */
    public static ProbeNode startSharing(DataSource sharedDataSource, TestDatabase db, String node, String cron,
                                         String... extraProperties) {
        return start(db, sharedDataSource, node, cron, extraProperties);
    }

    private static ProbeNode start(TestDatabase db, DataSource sharedDataSource, String node, String cron,
                                   String... extraProperties) {
        DbSettings writer = db.loginAs("banksync_batch_writer");
        DbSettings owner = db.settings();
        List<String> properties = new ArrayList<>(List.of(
                "spring.datasource.url=" + writer.url(),
                "spring.datasource.username=" + writer.user(),
                "spring.datasource.password=" + writer.password(),
                "spring.flyway.user=" + owner.user(),
                "spring.main.banner-mode=off",
                "banksync.schedules.bank-sync.job-name=" + ProbeJobConfiguration.JOB_NAME,
                "banksync.schedules.bank-sync.cron=" + cron,
                "spring.quartz.properties.org.quartz.scheduler.instanceId=" + node,
                "spring.quartz.properties.org.quartz.jobStore.misfireThreshold=1000",
                "spring.quartz.properties.org.quartz.scheduler.idleWaitTime=1000"));
        if (owner.password() != null) {
            properties.add("spring.flyway.password=" + owner.password());
        }
        properties.addAll(List.of(extraProperties));
        // as command-line arguments: they must win over the modules' @PropertySource defaults
        SpringApplicationBuilder builder = new SpringApplicationBuilder(ProbeApplication.class);
        if (sharedDataSource != null) {
            // registered as is, it also outlives this node's context: Spring does not close what it did not create
            builder.initializers(context -> context.getBeanFactory().registerSingleton("dataSource", sharedDataSource));
        }
        return new ProbeNode(builder
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new)));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Every fire this node made, also after it stopped. */
    public List<Fire> fires() {
        return fireLog.fires();
    }

    public ProbeRuns probe() {
        return probeRuns;
    }

    public Fire awaitFire(Predicate<Fire> wanted) {
        return await().atMost(DEADLINE).until(() -> fires().stream().filter(wanted).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    /**
     * Fires the schedule's job once more for an already fired time, the way Quartz re-fires a job whose node died:
     * a one-shot trigger starting at the original scheduled time that ignores misfires.
     */
    public Fire refire(Instant scheduledFor) {
        Scheduler scheduler = bean(Scheduler.class);
        String name = "refire-" + UUID.randomUUID();
        bean(TransactionTemplate.class).executeWithoutResult(status -> {
            try {
                scheduler.scheduleJob(TriggerBuilder.newTrigger().withIdentity(name, "test")
                        .forJob(QuartzSchedules.jobKey("bank-sync")).startAt(Date.from(scheduledFor))
                        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionIgnoreMisfires())
                        .build());
            } catch (SchedulerException e) {
                throw new IllegalStateException(e);
            }
        });
        Fire refire = awaitFire(f -> f.trigger().equals(name));
        assertThat(refire.scheduledFor()).isEqualTo(scheduledFor);
        return refire;
    }

    /** The executions of the one job instance of {@code slot}, oldest first. */
    public List<JobExecution> executionsOf(Slot slot) {
        JobRepository jobRepository = bean(JobRepository.class);
        List<JobInstance> instances = jobRepository.findJobInstances(ProbeJobConfiguration.JOB_NAME).stream()
                .filter(i -> jobRepository.getJobExecutions(i).stream()
                        .anyMatch(e -> SlotParameters.slotOf(e.getJobParameters()).equals(Optional.of(slot))))
                .toList();
        assertThat(instances).as("job instances of slot " + slot).hasSize(1);
        return jobRepository.getJobExecutions(instances.get(0)).stream()
                .sorted(Comparator.comparingLong(JobExecution::getId)).toList();
    }

    @Override
    public void close() {
        context.close();
    }
}
