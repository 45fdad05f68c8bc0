package dev.banksync.schedules.launch;

import dev.banksync.schedules.launch.LaunchOutcome.Result;
import dev.banksync.schedules.slot.Slot;
import java.time.Duration;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Launches a Spring Batch job by name for a slot, with Spring Batch's own rules making a re-launch idempotent:
 * a slot whose instance COMPLETED is not run again, one whose last execution FAILED (or STOPPED) is restarted
 * where it stopped, one that is running is left alone. Every outcome is returned, none is thrown.
 */
public class BatchJobLauncher {

    private static final int MAX_DETAIL = 300;

    private final JobRegistry jobRegistry;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;

    public BatchJobLauncher(JobRegistry jobRegistry, JobOperator jobOperator, JobRepository jobRepository) {
        this.jobRegistry = jobRegistry;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
    }

    /**
     * @param recoverInterrupted whether a STARTED execution of the slot is known to be dead: Quartz re-fires a
     *                           job whose scheduler node died while running it ("recovery"), and only then is it
     *                           safe to mark that execution FAILED and restart it. Otherwise a running execution
     *                           might be alive on another node, and is left alone.
     */
    public LaunchOutcome launch(String jobName, Slot slot, String firedBy, boolean recoverInterrupted) {
        Job job = jobRegistry.getJob(jobName);
        if (job == null) {
            return outcome(Result.NOT_LAUNCHED, jobName, slot, null, false,
                    "no Spring Batch job named '" + jobName + "'; defined jobs: " + jobRegistry.getJobNames());
        }
        JobParameters parameters = SlotParameters.of(slot, firedBy);
        try {
            return start(job, slot, parameters);
        } catch (JobInstanceAlreadyCompleteException e) {
            return outcome(Result.ALREADY_COMPLETE, jobName, slot, lastExecutionId(jobName, parameters), false,
                    "the slot already completed; not run again");
        } catch (JobExecutionAlreadyRunningException e) {
            JobExecution running = jobRepository.getLastJobExecution(jobName, parameters);
            if (recoverInterrupted && running != null) {
                jobOperator.recover(running);
                return restartAfterRecovery(job, slot, parameters, running.getId());
            }
            return outcome(Result.ALREADY_RUNNING, jobName, slot, running == null ? null : running.getId(), false,
                    "an execution of the slot is running; nothing launched");
        } catch (JobRestartException | InvalidJobParametersException | RuntimeException e) {
            return outcome(Result.NOT_LAUNCHED, jobName, slot, null, false, describe(e));
        }
    }

    private LaunchOutcome start(Job job, Slot slot, JobParameters parameters)
            throws JobInstanceAlreadyCompleteException, JobExecutionAlreadyRunningException, JobRestartException,
            InvalidJobParametersException {
        boolean restart = jobRepository.getJobInstance(job.getName(), parameters) != null;
        JobExecution execution = jobOperator.start(job, parameters);
        return ranOutcome(job.getName(), slot, execution, restart);
    }

    private LaunchOutcome restartAfterRecovery(Job job, Slot slot, JobParameters parameters, long recovered) {
        try {
            LaunchOutcome outcome = start(job, slot, parameters);
            return outcome(outcome.result(), outcome.jobName(), slot, outcome.executionId(), true,
                    "execution " + recovered + " was left STARTED by a dead scheduler node and marked FAILED; "
                            + outcome.detail());
        } catch (Exception e) {
            return outcome(Result.NOT_LAUNCHED, job.getName(), slot, recovered, false,
                    "execution " + recovered + " was marked FAILED after its node died, but the restart failed: "
                            + describe(e));
        }
    }

    private static LaunchOutcome ranOutcome(String jobName, Slot slot, JobExecution execution, boolean restart) {
        BatchStatus status = execution.getStatus();
        if (status == BatchStatus.COMPLETED) {
            return outcome(Result.COMPLETED, jobName, slot, execution.getId(), restart, "completed" + took(execution));
        }
        if (status.isRunning()) {
            return outcome(Result.LAUNCHED, jobName, slot, execution.getId(), restart, "running asynchronously");
        }
        return outcome(Result.FAILED, jobName, slot, execution.getId(), restart,
                status + took(execution) + ": " + firstLine(execution.getExitStatus().getExitDescription()));
    }

    private Long lastExecutionId(String jobName, JobParameters parameters) {
        JobExecution last = jobRepository.getLastJobExecution(jobName, parameters);
        return last == null ? null : last.getId();
    }

    private static String took(JobExecution execution) {
        if (execution.getStartTime() == null || execution.getEndTime() == null) {
            return "";
        }
        return " in " + Duration.between(execution.getStartTime(), execution.getEndTime()).toMillis() + " ms";
    }

    /** Spring Batch puts the whole stack trace in the exit description; its first line says what failed. */
    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static LaunchOutcome outcome(Result result, String jobName, Slot slot, Long executionId, boolean restart,
                                         String detail) {
        String shortened = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) + "..." : detail;
        return new LaunchOutcome(result, jobName, slot, executionId, restart, shortened);
    }
}
