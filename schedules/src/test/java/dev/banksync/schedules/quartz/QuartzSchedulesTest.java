package dev.banksync.schedules.quartz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.schedules.definition.ScheduleDefinition;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobDetail;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;

class QuartzSchedulesTest {

    private static final ScheduleDefinition BANK_SYNC =
            new ScheduleDefinition("bank-sync", "bankSyncJob", "0 0 6,12,18 * * ?", ZoneId.of("Europe/Berlin"));

    @Test
    void aScheduleIsADurableRecoverableLaunchJobAndACronTriggerThatFiresAMissedSlotOnce() {
        JobDetail job = QuartzSchedules.jobDetail(BANK_SYNC);
        CronTrigger trigger = QuartzSchedules.cronTrigger(BANK_SYNC);

        assertThat(job.getJobClass()).isEqualTo(LaunchBatchJob.class);
        assertThat(job.isDurable()).isTrue();
        assertThat(job.requestsRecovery()).isTrue();
        assertThat(job.isConcurrentExecutionDisallowed()).isTrue();
        assertThat(QuartzSchedules.definitionOf(job)).isEqualTo(BANK_SYNC);
        assertThat(trigger.getJobKey()).isEqualTo(job.getKey());
        assertThat(trigger.getCronExpression()).isEqualTo("0 0 6,12,18 * * ?");
        assertThat(trigger.getTimeZone().getID()).isEqualTo("Europe/Berlin");
        assertThat(trigger.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
    }

    @Test
    void aStoredScheduleIsRecognisedOnlyWhenNothingChanged() {
        JobDetail job = QuartzSchedules.jobDetail(BANK_SYNC);
        CronTrigger trigger = QuartzSchedules.cronTrigger(BANK_SYNC);

        assertThat(QuartzSchedules.isStoredAs(job, trigger, BANK_SYNC)).isTrue();
        assertThat(QuartzSchedules.isStoredAs(null, null, BANK_SYNC)).isFalse();
        assertThat(QuartzSchedules.isStoredAs(job, null, BANK_SYNC)).isFalse();
        ScheduleDefinition otherCron = new ScheduleDefinition("bank-sync", "bankSyncJob", "0 0 7 * * ?", BANK_SYNC.zone());
        assertThat(QuartzSchedules.isStoredAs(job, trigger, otherCron)).isFalse();
        ScheduleDefinition otherZone = new ScheduleDefinition("bank-sync", "bankSyncJob", BANK_SYNC.cron(), ZoneOffset.UTC);
        assertThat(QuartzSchedules.isStoredAs(job, trigger, otherZone)).isFalse();
        ScheduleDefinition otherJob = new ScheduleDefinition("bank-sync", "otherJob", BANK_SYNC.cron(), BANK_SYNC.zone());
        assertThat(QuartzSchedules.isStoredAs(job, trigger, otherJob)).isFalse();
        CronTrigger withDefaultMisfire = (CronTrigger) trigger.getTriggerBuilder()
                .withSchedule(CronScheduleBuilder.cronSchedule(BANK_SYNC.cron()).inTimeZone(TimeZone.getTimeZone(BANK_SYNC.zone())))
                .build();
        assertThat(QuartzSchedules.isStoredAs(job, withDefaultMisfire, BANK_SYNC)).isFalse();
    }

    @Test
    void aRunNowIsAOneShotManualTriggerKeepingItsRequestedTime() {
        Instant at = Instant.parse("2024-05-01T12:03:07.250Z");
        Trigger trigger = QuartzSchedules.manualTrigger(QuartzSchedules.jobKey("bank-sync"), "run-now-1", at);

        assertThat(trigger.getKey().getGroup()).isEqualTo(QuartzSchedules.MANUAL_GROUP);
        assertThat(trigger.getStartTime().toInstant()).isEqualTo(at);
        assertThat(((SimpleTrigger) trigger).getRepeatCount()).isZero();
        assertThat(trigger.getMisfireInstruction()).isEqualTo(Trigger.MISFIRE_INSTRUCTION_IGNORE_MISFIRE_POLICY);
        assertThat(QuartzSchedules.isManual(trigger.getJobDataMap())).isTrue();
        assertThat(QuartzSchedules.isManual(QuartzSchedules.cronTrigger(BANK_SYNC).getJobDataMap())).isFalse();
    }
}
