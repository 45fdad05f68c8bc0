package dev.banksync.schedules.operator;

import dev.banksync.schedules.definition.ScheduleDefinition;
import dev.banksync.schedules.quartz.QuartzSchedules;
import dev.banksync.schedules.slot.Slot;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a schedule's job now, on behalf of an operator. The run goes through Quartz like any fire - a one-shot
 * trigger in the shared job store - so a live scheduler node of the cluster runs it, one at a time with the
 * schedule's own fires, and the asking process (a CLI) needs no scheduler of its own.
 */
public class ManualRuns {

    private final Scheduler scheduler;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public ManualRuns(Scheduler scheduler, TransactionTemplate transaction, Clock clock) {
        this.scheduler = scheduler;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * @param name a schedule's name ("bank-sync") or the name of the batch job it launches ("bankSyncJob")
     * @throws IllegalArgumentException naming the known schedules when no schedule matches
     */
    public RunNowRequest runNow(String name) {
        ScheduleDefinition schedule = find(name);
        Instant requestedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String triggerName = "run-now-" + UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            try {
                scheduler.scheduleJob(QuartzSchedules.manualTrigger(QuartzSchedules.jobKey(schedule.name()),
                        triggerName, requestedAt));
            } catch (SchedulerException e) {
                throw new IllegalStateException("cannot ask for a run of schedule " + schedule.name(), e);
            }
        });
        return new RunNowRequest(schedule.name(), schedule.batchJobName(), triggerName, requestedAt,
                Slot.manual(requestedAt, schedule.zone()));
    }

    private ScheduleDefinition find(String name) {
        try {
            List<String> known = new ArrayList<>();
            for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(QuartzSchedules.GROUP))) {
                JobDetail job = scheduler.getJobDetail(key);
                if (job == null) {
                    continue;
                }
                ScheduleDefinition schedule = QuartzSchedules.definitionOf(job);
                if (schedule.name().equals(name) || schedule.batchJobName().equals(name)) {
                    return schedule;
                }
                known.add(schedule.name() + " (" + schedule.batchJobName() + ")");
            }
            throw new IllegalArgumentException("no schedule named '" + name + "'; registered schedules: " + known);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot read the schedules from the Quartz job store", e);
        }
    }
}
