package dev.banksync.schedules.quartz;

import dev.banksync.schedules.definition.ScheduleDefinition;
import dev.banksync.schedules.launch.BatchJobLauncher;
import dev.banksync.schedules.launch.LaunchOutcome;
import dev.banksync.schedules.slot.Slot;
import java.time.Instant;
import java.util.Optional;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bridge from Quartz to Spring Batch: a fire of a schedule launches its batch job for the fire's slot.
 * Not concurrent - in a cluster Quartz runs one fire of a schedule at a time across all nodes. The slot comes from
 * the fire's <em>scheduled</em> time, which is the same for a late fire and for the re-fire Quartz makes after
 * the node running it died; so every fire of one slot meets one batch job instance. Nothing is thrown back at
 * Quartz: the outcome is logged and set as the fire's result, and the schedule carries on.
 */
@DisallowConcurrentExecution
public class LaunchBatchJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(LaunchBatchJob.class);

    private final BatchJobLauncher launcher;

    /** Created by Spring's job factory for each fire, with its dependencies injected. */
    public LaunchBatchJob(BatchJobLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String name = context.getJobDetail().getKey().getName();
        try {
            ScheduleDefinition schedule = QuartzSchedules.definitionOf(context.getJobDetail());
            Instant scheduledAt = context.getScheduledFireTime().toInstant();
            Optional<Slot> slot = QuartzSchedules.isManual(context.getMergedJobDataMap())
                    ? Optional.of(Slot.manual(scheduledAt, schedule.zone()))
                    : schedule.calendar().slotOf(scheduledAt);
            if (slot.isEmpty()) {
                log.error("schedule {}: no slot of {} at or before {}; nothing launched", name, schedule.calendar(),
                        scheduledAt);
                return;
            }
            String node = nodeOf(context);
            LaunchOutcome outcome = launcher.launch(schedule.batchJobName(), slot.get(), node, context.isRecovering());
            context.setResult(outcome);
            logOutcome(name, context.isRecovering() ? "recovery fire" : "fire", scheduledAt, node, outcome);
        } catch (RuntimeException e) {
            log.error("schedule {}: the fire failed before a batch job could run; the schedule carries on", name, e);
        }
    }

    private static void logOutcome(String name, String fire, Instant scheduledAt, String node, LaunchOutcome outcome) {
        String message = "schedule {} {} scheduled for {} on {}: {}";
        switch (outcome.result()) {
            case COMPLETED, LAUNCHED, ALREADY_COMPLETE -> log.info(message, name, fire, scheduledAt, node, outcome);
            case ALREADY_RUNNING -> log.warn(message, name, fire, scheduledAt, node, outcome);
            case FAILED, NOT_LAUNCHED -> log.error(message, name, fire, scheduledAt, node, outcome);
        }
    }

    private static String nodeOf(JobExecutionContext context) {
        try {
            return context.getScheduler().getSchedulerInstanceId();
        } catch (SchedulerException e) {
            return "unknown";
        }
    }
}
