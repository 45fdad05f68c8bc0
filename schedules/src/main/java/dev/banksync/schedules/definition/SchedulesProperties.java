package dev.banksync.schedules.definition;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code banksync.schedules.*}: the schedules this application runs. Defaults live in
 * {@code banksync-schedules-defaults.properties}; environment variables override them by relaxed binding
 * ({@code BANKSYNC_SCHEDULES_TIMEZONE}, {@code BANKSYNC_SCHEDULES_BANKSYNC_CRON}, ...).
 *
 * @param timeZone the zone every cron expression and every business date is read in
 * @param bankSync the bank sync schedule ({@code bank-sync})
 * @param categoriserRetrain the nightly categoriser retraining ({@code categoriser-retrain}), off unless enabled
 */
@ConfigurationProperties("banksync.schedules")
public record SchedulesProperties(ZoneId timeZone, Schedule bankSync, Schedule categoriserRetrain) {

    public static final String BANK_SYNC = "bank-sync";
    public static final String CATEGORISER_RETRAIN = "categoriser-retrain";

    /**
     * @param enabled whether the schedule exists; a disabled schedule is removed from the job store
     * @param cron    Quartz cron expression, seconds first
     * @param jobName the Spring Batch job it launches
     */
    public record Schedule(boolean enabled, String cron, String jobName) {
    }

    /** The enabled schedules, validated (a bad cron or a missing zone fails here, naming the property). */
    public List<ScheduleDefinition> enabledSchedules() {
        if (timeZone == null) {
            throw new IllegalArgumentException("banksync.schedules.time-zone must be set (for example UTC)");
        }
        List<ScheduleDefinition> schedules = new ArrayList<>();
        add(schedules, BANK_SYNC, bankSync);
        add(schedules, CATEGORISER_RETRAIN, categoriserRetrain);
        return List.copyOf(schedules);
    }

    private void add(List<ScheduleDefinition> schedules, String name, Schedule schedule) {
        if (schedule == null || !schedule.enabled()) {
            return;
        }
        try {
            schedules.add(new ScheduleDefinition(name, schedule.jobName(), schedule.cron(), timeZone));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("banksync.schedules." + name + ": " + e.getMessage(), e);
        }
    }
}
