package dev.banksync.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.banksync.schedules.launch.LaunchOutcome.Result;
import dev.banksync.schedules.probe.FireLog.Fire;
import dev.banksync.schedules.probe.ProbeNode;
import dev.banksync.schedules.quartz.QuartzSchedules;
import dev.banksync.schedules.slot.Slot;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.Trigger.TriggerState;

/**
 * A downtime: a node registers a schedule of three slots a few seconds apart (and none after), stops, the three
 * slots pass with no scheduler running, and another node starts. The missed slots must run once - for the latest
 * of them - not three times and not never.
 */
@ExtendWith(BanksyncPostgres.class)
class MisfireAfterDowntimeIT {

    @Test
    void slotsMissedWhileNoSchedulerRanRunOnceForTheLatestWhenASchedulerComesBack(TestDatabase db) throws Exception {
        LocalDateTime first = threeSecondsInOneMinute(LocalDateTime.now(ZoneOffset.UTC).plusSeconds(15));
        Instant last = first.plusSeconds(2).toInstant(ZoneOffset.UTC);
        String cron = "%d,%d,%d %d %d %d %d ? %d".formatted(first.getSecond(), first.getSecond() + 1, first.getSecond() + 2,
                first.getMinute(), first.getHour(), first.getDayOfMonth(), first.getMonthValue(), first.getYear());

        try (ProbeNode registering = ProbeNode.start(db, "node-a", cron, "spring.quartz.auto-startup=false")) {
            Trigger registered = registering.bean(Scheduler.class).getTrigger(QuartzSchedules.triggerKey("bank-sync"));
            assertThat(registered.getNextFireTime().toInstant()).as("registered before its first slot")
                    .isEqualTo(first.toInstant(ZoneOffset.UTC));
        }
        // the downtime: wait (not assert) until all three slots are past by more than the one-second misfire threshold
        await().atMost(Duration.ofSeconds(40)).until(() -> Instant.now().isAfter(last.plusMillis(1500)));

        try (ProbeNode returning = ProbeNode.start(db, "node-b", cron)) {
            Scheduler scheduler = returning.bean(Scheduler.class);
            Fire fire = returning.awaitFire(f -> true);
            // the trigger has no slot left once it fired: Quartz completes it, after which nothing can fire again
            await().atMost(ProbeNode.DEADLINE).until(() -> Set.of(TriggerState.NONE, TriggerState.COMPLETE)
                    .contains(scheduler.getTriggerState(QuartzSchedules.triggerKey("bank-sync"))));

            assertThat(returning.fires()).as("one fire for three missed slots").containsExactly(fire);
            assertThat(fire.scheduledFor()).as("fired after the downtime, not at a slot").isAfter(last);
            assertThat(fire.outcome().result()).isEqualTo(Result.COMPLETED);
            assertThat(fire.outcome().slot()).as("the latest missed slot").isEqualTo(new Slot(
                    last.atOffset(ZoneOffset.UTC).toLocalDate(), DateTimeFormatter.ofPattern("HH:mm:ss").format(last.atOffset(ZoneOffset.UTC))));
            assertThat(db.queryLong("SELECT count(*) FROM batch.batch_job_execution")).isEqualTo(1);
        }
    }

    /** {@code from} (whole seconds, not on a minute) or later, such that it and the next two seconds share a minute. */
    private static LocalDateTime threeSecondsInOneMinute(LocalDateTime from) {
        LocalDateTime first = from.truncatedTo(ChronoUnit.SECONDS);
        while (first.getSecond() == 0 || first.getSecond() > 57) {
            first = first.plusSeconds(1);
        }
        return first;
    }
}
