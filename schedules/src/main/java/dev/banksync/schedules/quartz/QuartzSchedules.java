package dev.banksync.schedules.quartz;

import dev.banksync.schedules.definition.ScheduleDefinition;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Objects;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * How a {@link ScheduleDefinition} is stored in Quartz: one durable job detail per schedule (its data holds the
 * batch job, cron and zone, so that every fire of it - cron, recovery or manual - can work out its slot) and one
 * cron trigger of the same name. Keys live in group {@value #GROUP}; runs asked for by an operator get one-shot
 * triggers in group {@value #MANUAL_GROUP}.
 */
public final class QuartzSchedules {

    public static final String GROUP = "banksync";
    public static final String MANUAL_GROUP = "banksync-manual";

    static final String BATCH_JOB = "batchJob";
    static final String CRON = "cron";
    static final String TIME_ZONE = "timeZone";
    static final String MANUAL = "manual";

    private QuartzSchedules() {
    }

    public static JobKey jobKey(String scheduleName) {
        return JobKey.jobKey(scheduleName, GROUP);
    }

    public static TriggerKey triggerKey(String scheduleName) {
        return TriggerKey.triggerKey(scheduleName, GROUP);
    }

    /**
     * Durable (it outlives its trigger, so a manual run still works with the cron paused) and recoverable: if the
     * node running it dies, another node of the cluster fires it again for the same scheduled time.
     */
    public static JobDetail jobDetail(ScheduleDefinition schedule) {
        return JobBuilder.newJob(LaunchBatchJob.class)
                .withIdentity(jobKey(schedule.name()))
                .withDescription("launches Spring Batch job " + schedule.batchJobName())
                .usingJobData(BATCH_JOB, schedule.batchJobName())
                .usingJobData(CRON, schedule.cron())
                .usingJobData(TIME_ZONE, schedule.zone().getId())
                .storeDurably()
                .requestRecovery()
                .build();
    }

    /**
     * The cron trigger. Misfire policy "fire once now": after a downtime that missed one or more slots the job
     * runs once, for the latest missed slot, and then the cron carries on.
     */
    public static CronTrigger cronTrigger(ScheduleDefinition schedule) {
        return TriggerBuilder.newTrigger()
                .withIdentity(triggerKey(schedule.name()))
                .forJob(jobKey(schedule.name()))
                .withDescription(schedule.cron() + " in " + schedule.zone().getId())
                .withSchedule(CronScheduleBuilder.cronSchedule(schedule.cron())
                        .inTimeZone(TimeZone.getTimeZone(schedule.zone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    /**
     * A one-shot trigger running the schedule's job once at {@code at}. It ignores misfires, so that a late fire
     * (no node was free) still runs with scheduled time {@code at}, i.e. with the slot the operator was told.
     */
    public static Trigger manualTrigger(JobKey job, String name, Instant at) {
        return TriggerBuilder.newTrigger()
                .withIdentity(name, MANUAL_GROUP)
                .forJob(job)
                .withDescription("run now, asked at " + at)
                .usingJobData(MANUAL, true)
                .startAt(Date.from(at))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionIgnoreMisfires())
                .build();
    }

    /** The schedule a stored job detail was written from. */
    public static ScheduleDefinition definitionOf(JobDetail job) {
        JobDataMap data = job.getJobDataMap();
        return new ScheduleDefinition(job.getKey().getName(), data.getString(BATCH_JOB), data.getString(CRON),
                ZoneId.of(data.getString(TIME_ZONE)));
    }

    static boolean isManual(JobDataMap mergedData) {
        return mergedData.containsKey(MANUAL) && mergedData.getBooleanValue(MANUAL);
    }

    /** Whether what is stored already says what {@code schedule} says, so that it can be left untouched. */
    static boolean isStoredAs(JobDetail storedJob, Trigger storedTrigger, ScheduleDefinition schedule) {
        if (storedJob == null || !(storedTrigger instanceof CronTrigger cron)) {
            return false;
        }
        return storedJob.getJobClass() == LaunchBatchJob.class
                && storedJob.isDurable() && storedJob.requestsRecovery()
                && schedule.equals(readableDefinitionOf(storedJob))
                && Objects.equals(cron.getCronExpression(), schedule.cron())
                && cron.getTimeZone().getID().equals(schedule.zone().getId())
                && cron.getMisfireInstruction() == CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW
                && cron.getJobKey().equals(storedJob.getKey());
    }

    /** Null for job data written by something else (an older version, a hand edit): it will be rewritten. */
    private static ScheduleDefinition readableDefinitionOf(JobDetail job) {
        try {
            return definitionOf(job);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
