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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the configured schedules into the (shared, clustered) Quartz job store at start-up, before the
 * scheduler starts firing. Idempotent, so that every scheduler node can do it, also several at once:
 * <ul>
 * <li>a schedule stored exactly as configured is left untouched - its previous and next fire times survive a
 * restart, which is what lets Quartz notice a slot missed during a downtime and run it;</li>
 * <li>a new or changed schedule is stored with replace semantics, so two nodes starting together both succeed
 * and leave the same single job and trigger;</li>
 * <li>a schedule of ours that is no longer configured (or disabled) is deleted.</li>
 * </ul>
 * All of it runs in one database transaction: Quartz's JDBC store takes its row lock inside the caller's
 * transaction, which serialises concurrent registrations across nodes.
 */
public class ScheduleRegistrar implements SmartLifecycle {

    /** Before the Quartz scheduler, which starts in the last phase ({@link SmartLifecycle#DEFAULT_PHASE}). */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1024;

    private static final Logger log = LoggerFactory.getLogger(ScheduleRegistrar.class);

    private final Scheduler scheduler;
    private final List<ScheduleDefinition> schedules;
    private final TransactionTemplate transaction;
    private final JobRegistry jobRegistry;
    private volatile boolean running;

    public ScheduleRegistrar(Scheduler scheduler, List<ScheduleDefinition> schedules, TransactionTemplate transaction,
                             JobRegistry jobRegistry) {
        this.scheduler = scheduler;
        this.schedules = List.copyOf(schedules);
        this.transaction = transaction;
        this.jobRegistry = jobRegistry;
    }

    @Override
    public void start() {
        transaction.executeWithoutResult(status -> {
            try {
                schedules.forEach(this::register);
                removeUnconfigured();
            } catch (SchedulerException e) {
                throw new IllegalStateException("cannot register the schedules in the Quartz job store", e);
            }
        });
        running = true;
    }

    private void register(ScheduleDefinition schedule) {
        if (jobRegistry.getJob(schedule.batchJobName()) == null) {
            log.warn("schedule {} launches Spring Batch job '{}', which this application does not define (jobs: {});"
                    + " its fires will launch nothing", schedule.name(), schedule.batchJobName(), jobRegistry.getJobNames());
        }
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
