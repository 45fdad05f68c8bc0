package dev.banksync.schedules.definition;

import dev.banksync.schedules.slot.SlotCalendar;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One schedule: which Spring Batch job to launch, on which Quartz cron expression, in which zone (the zone both
 * of the cron and of the business dates the job is launched with).
 *
 * @param name         the schedule's name, also its Quartz job and trigger name ("bank-sync")
 * @param batchJobName the Spring Batch job launched by name ("bankSyncJob")
 * @param cron         a Quartz cron expression (seconds first: "0 0 6,12,18 * * ?")
 * @param zone         the zone the cron and the business dates are read in
 */
public record ScheduleDefinition(String name, String batchJobName, String cron, ZoneId zone) {

    public ScheduleDefinition {
        requireText(name, "name");
        requireText(batchJobName, "batch job name of schedule " + name);
        requireText(cron, "cron of schedule " + name);
        Objects.requireNonNull(zone, () -> "time zone of schedule " + name);
        SlotCalendar.of(cron, zone); // fails here, naming the expression, rather than at the first fire
    }

    public SlotCalendar calendar() {
        return SlotCalendar.of(cron, zone);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
