package dev.banksync.schedules.quartz;

import dev.banksync.schedules.definition.ScheduleDefinition;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the configured schedules into the (shared, clustered) Quartz job store at start-up, before the
 * scheduler starts firing. Idempotent, so that every scheduler node can do it, also several at once:
 * <ul>
 * <li>a schedule stored exactly as configured is left untouched - its previous and next fire times survive a
 * restart, which is what lets Quartz notice a slot missed during a downtime and run it;</li>
 * <li>a new or changed schedule is stored (with replace semantics);</li>
 * <li>a schedule of ours that is no longer configured (or disabled) is deleted.</li>
 * </ul>
 * All of it runs in one database transaction holding a PostgreSQL advisory lock, so that nodes starting together
 * register one after the other: the first stores the schedule, the others find it stored and leave it alone.
 */
public class ScheduleRegistrar implements SmartLifecycle {

    /** Before the Quartz scheduler, which starts in the last phase ({@link SmartLifecycle#DEFAULT_PHASE}). */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1024;
    /** The advisory lock serialising registrations: the ASCII bytes of "banksync" read as a long. */
    static final long REGISTRATION_LOCK = 0x62616E6B73796E63L;
    /** The row locks Quartz 2.x takes (JobStoreSupport.LOCK_TRIGGER_ACCESS, LOCK_STATE_ACCESS). */
    static final List<String> QUARTZ_LOCKS = List.of("TRIGGER_ACCESS", "STATE_ACCESS");
    private static final int ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(ScheduleRegistrar.class);

    private final Scheduler scheduler;
    private final List<ScheduleDefinition> schedules;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final String quartzTablePrefix;
    private final JobRegistry jobRegistry;
    private volatile boolean running;

    /** {@code transaction} and {@code jdbc} must work on the DataSource of the scheduler's job store. */
    public ScheduleRegistrar(Scheduler scheduler, List<ScheduleDefinition> schedules, TransactionTemplate transaction,
                             JdbcTemplate jdbc, String quartzTablePrefix, JobRegistry jobRegistry) {
        this.scheduler = scheduler;
        this.schedules = List.copyOf(schedules);
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.quartzTablePrefix = quartzTablePrefix;
        this.jobRegistry = jobRegistry;
    }

    @Override
    public void start() {
        schedules.stream().filter(s -> jobRegistry.getJob(s.batchJobName()) == null).forEach(s -> log.warn(
                "schedule {} launches Spring Batch job '{}', which this application does not define (jobs: {});"
                        + " its fires will launch nothing", s.name(), s.batchJobName(), jobRegistry.getJobNames()));
        createQuartzLockRows();
        for (int attempt = 1; !registerInOneTransaction(); attempt++) {
            if (attempt == ATTEMPTS) {
                throw new IllegalStateException("Quartz rolled back the schedule registration " + ATTEMPTS + " times");
            }
        }
        running = true;
    }

    /**
     * Quartz inserts its lock rows on first use. Two nodes doing so at once collide, and Quartz answers the
     * loser's error by rolling back the caller's transaction and retrying a second later - which would end our
     * registration transaction, and its advisory lock, half way. Inserting them up front (idempotently,
     * committed on its own) removes the collision.
     */
    private void createQuartzLockRows() {
        try {
            for (String lock : QUARTZ_LOCKS) {
                jdbc.update("INSERT INTO " + quartzTablePrefix + "LOCKS (sched_name, lock_name) VALUES (?, ?)"
                        + " ON CONFLICT DO NOTHING", scheduler.getSchedulerName(), lock);
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot read the scheduler's name", e);
        }
    }

    /** @return false when Quartz rolled the transaction back under our feet (its transaction id changed) */
    private boolean registerInOneTransaction() {
        Boolean intact = transaction.execute(status -> {
            jdbc.execute("SELECT pg_advisory_xact_lock(" + REGISTRATION_LOCK + ")");
            long transactionId = currentTransactionId();
            try {
                schedules.forEach(this::register);
                removeUnconfigured();
            } catch (SchedulerException e) {
                throw new IllegalStateException("cannot register the schedules in the Quartz job store", e);
            }
            if (currentTransactionId() != transactionId) {
                status.setRollbackOnly();
                log.warn("Quartz rolled back the schedule registration transaction; registering again");
                return false;
            }
            return true;
        });
        return Boolean.TRUE.equals(intact);
    }

    private long currentTransactionId() {
        return jdbc.queryForObject("SELECT txid_current()", Long.class);
    }

    private void register(ScheduleDefinition schedule) {
        try {
            JobDetail storedJob = scheduler.getJobDetail(QuartzSchedules.jobKey(schedule.name()));
            Trigger storedTrigger = scheduler.getTrigger(QuartzSchedules.triggerKey(schedule.name()));
            if (QuartzSchedules.isStoredAs(storedJob, storedTrigger, schedule)) {
                log.info("schedule {} ({} in {}) already registered; next fire {}", schedule.name(), schedule.cron(),
                        schedule.zone(), storedTrigger.getNextFireTime());
                return;
            }
            Trigger trigger = QuartzSchedules.cronTrigger(schedule);
            scheduler.scheduleJob(QuartzSchedules.jobDetail(schedule), Set.of(trigger), true);
            log.info("schedule {} {}: {} in {} launches {}; next fire {}", schedule.name(),
                    storedJob == null ? "registered" : "updated", schedule.cron(), schedule.zone(),
                    schedule.batchJobName(), scheduler.getTrigger(trigger.getKey()).getNextFireTime());
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot register schedule " + schedule.name(), e);
        }
    }

    private void removeUnconfigured() throws SchedulerException {
        Set<String> configured = schedules.stream().map(ScheduleDefinition::name).collect(Collectors.toSet());
        for (JobKey stored : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(QuartzSchedules.GROUP))) {
            if (!configured.contains(stored.getName()) && scheduler.deleteJob(stored)) {
                log.info("schedule {} is no longer configured: removed with its triggers", stored.getName());
            }
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
