package dev.banksync.schedules.probe;

import dev.banksync.schedules.launch.LaunchOutcome;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.SchedulerException;

/** Every fire of a Quartz job on one scheduler node, with its outcome: what Quartz did, seen from the inside. */
public class FireLog implements JobListener {

    /**
     * @param node           the scheduler instance that fired
     * @param trigger        the trigger's name
     * @param scheduledFor   the fire's scheduled time
     * @param outcome        what LaunchBatchJob returned
     */
    public record Fire(String node, String trigger, Instant scheduledFor, LaunchOutcome outcome) {
    }

    private final List<Fire> fires = new CopyOnWriteArrayList<>();

    @Override
    public String getName() {
        return "fire-log";
    }

    @Override
    public void jobToBeExecuted(JobExecutionContext context) {
    }

    @Override
    public void jobExecutionVetoed(JobExecutionContext context) {
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException exception) {
        try {
            fires.add(new Fire(context.getScheduler().getSchedulerInstanceId(), context.getTrigger().getKey().getName(),
                    context.getScheduledFireTime().toInstant(), (LaunchOutcome) context.getResult()));
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Fire> fires() {
        return List.copyOf(fires);
    }
}
