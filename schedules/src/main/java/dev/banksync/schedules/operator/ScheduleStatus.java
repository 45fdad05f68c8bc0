package dev.banksync.schedules.operator;

import dev.banksync.schedules.definition.ScheduleDefinition;
import dev.banksync.schedules.launch.SlotParameters;
import dev.banksync.schedules.quartz.QuartzSchedules;
import dev.banksync.schedules.slot.Slot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What operators watch: every schedule in the shared job store with its triggers' previous and next fire times and
 * the latest executions of its batch job, and the scheduler nodes of the cluster. Read-only; it works from any
 * application connected to the database, also one whose own scheduler is not started.
 */
public class ScheduleStatus {

    /** How long past a missed check-in Quartz waits before it considers a node failed (its ClusterManager's grace). */
    private static final Duration CHECK_IN_GRACE = Duration.ofMillis(7500);
    private static final int DEFAULT_EXECUTIONS = 5;

    private final Scheduler scheduler;
    private final JobRepository jobRepository;
    private final JobRegistry jobRegistry;
    private final JdbcTemplate jdbc;
    private final String quartzTablePrefix;
    private final Clock clock;

    public ScheduleStatus(Scheduler scheduler, JobRepository jobRepository, JobRegistry jobRegistry, JdbcTemplate jdbc,
                          String quartzTablePrefix, Clock clock) {
        this.scheduler = scheduler;
        this.jobRepository = jobRepository;
        this.jobRegistry = jobRegistry;
        this.jdbc = jdbc;
        this.quartzTablePrefix = quartzTablePrefix;
        this.clock = clock;
    }

    /** Every schedule with its triggers and its batch job's last five executions. */
    public List<ScheduleReport> status() {
        return status(DEFAULT_EXECUTIONS);
    }

    public List<ScheduleReport> status(int executionsPerSchedule) {
        try {
            List<ScheduleReport> reports = new ArrayList<>();
            for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(QuartzSchedules.GROUP))) {
                JobDetail job = scheduler.getJobDetail(key);
                if (job != null) {
                    reports.add(report(QuartzSchedules.definitionOf(job), executionsPerSchedule));
                }
            }
            reports.sort(Comparator.comparing(ScheduleReport::schedule));
            return reports;
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot read the schedules from the Quartz job store", e);
        }
    }

    /** The scheduler instances that have checked in to the cluster, alive or not. */
    public List<SchedulerNode> nodes() {
        Instant now = clock.instant();
        try {
            return jdbc.query("SELECT instance_name, last_checkin_time, checkin_interval FROM " + quartzTablePrefix
                            + "SCHEDULER_STATE WHERE sched_name = ? ORDER BY instance_name",
                    (rs, row) -> node(rs.getString(1), rs.getLong(2), rs.getLong(3), now),
                    scheduler.getSchedulerName());
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot read the scheduler's name", e);
        }
    }

    private static SchedulerNode node(String instanceId, long lastCheckInMillis, long intervalMillis, Instant now) {
        Instant lastCheckIn = Instant.ofEpochMilli(lastCheckInMillis);
        Duration interval = Duration.ofMillis(intervalMillis);
        boolean alive = !now.isAfter(lastCheckIn.plus(interval).plus(CHECK_IN_GRACE));
        return new SchedulerNode(instanceId, lastCheckIn, interval, alive);
    }

    private ScheduleReport report(ScheduleDefinition schedule, int executions) throws SchedulerException {
        List<TriggerStatus> triggers = new ArrayList<>();
        for (Trigger trigger : scheduler.getTriggersOfJob(QuartzSchedules.jobKey(schedule.name()))) {
            triggers.add(new TriggerStatus(trigger.getKey().getName(), kindOf(trigger), trigger.getDescription(),
                    scheduler.getTriggerState(trigger.getKey()).name(), instant(trigger.getPreviousFireTime()),
                    instant(trigger.getNextFireTime())));
        }
        triggers.sort(Comparator.comparing(TriggerStatus::kind).thenComparing(TriggerStatus::name));
        return new ScheduleReport(schedule.name(), schedule.batchJobName(), schedule.cron(), schedule.zone(),
                jobRegistry.getJob(schedule.batchJobName()) != null, triggers,
                lastExecutions(schedule.batchJobName(), executions));
    }

    private List<ExecutionSummary> lastExecutions(String jobName, int count) {
        List<ExecutionSummary> executions = new ArrayList<>();
        for (JobInstance instance : jobRepository.getJobInstances(jobName, 0, count)) {
            for (JobExecution execution : jobRepository.getJobExecutions(instance)) {
                executions.add(summary(execution));
            }
        }
        executions.sort(Comparator.comparingLong(ExecutionSummary::executionId).reversed());
        return executions.subList(0, Math.min(count, executions.size()));
    }

    private static ExecutionSummary summary(JobExecution execution) {
        Optional<Slot> slot = SlotParameters.slotOf(execution.getJobParameters());
        return new ExecutionSummary(execution.getId(), execution.getJobInstanceId(),
                slot.map(Slot::businessDate).orElse(null), slot.map(Slot::label).orElse(null),
                execution.getStatus().name(), execution.getExitStatus().getExitCode(),
                batchInstant(execution.getStartTime()), batchInstant(execution.getEndTime()),
                SlotParameters.firedBy(execution.getJobParameters()).orElse(null));
    }

    private static String kindOf(Trigger trigger) {
        String group = trigger.getKey().getGroup();
        if (QuartzSchedules.MANUAL_GROUP.equals(group)) {
            return "manual";
        }
        return Scheduler.DEFAULT_RECOVERY_GROUP.equals(group) ? "recovery" : "cron";
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** Spring Batch records local date-times of the JVM's default zone; every node is assumed to share it. */
    private static Instant batchInstant(LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
    }
}
