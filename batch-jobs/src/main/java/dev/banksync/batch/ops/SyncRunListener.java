package dev.banksync.batch.ops;

import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Gives each job execution its {@code ops.sync_runs} row: opened before the first step (its id goes into the job
 * execution context under {@link #RUN_ID} for the steps' writers), closed with the outcome after the last.
 */
public class SyncRunListener implements JobExecutionListener {

    public static final String RUN_ID = "syncRunId";

    private final SyncRuns syncRuns;
    private final Function<JobParameters, String> source;

    /** @param source names the run's source from the job's parameters, e.g. {@code file:<name>} */
    public SyncRunListener(SyncRuns syncRuns, Function<JobParameters, String> source) {
        this.syncRuns = syncRuns;
        this.source = source;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        long runId = syncRuns.start(source.apply(execution.getJobParameters()), execution.getId());
        execution.getExecutionContext().putLong(RUN_ID, runId);
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (!execution.getExecutionContext().containsKey(RUN_ID)) {
            return;
        }
        long runId = execution.getExecutionContext().getLong(RUN_ID);
        boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
        syncRuns.finish(runId, completed ? SyncRun.Status.SUCCEEDED : SyncRun.Status.FAILED,
                completed ? null : describeFailure(execution));
    }

    /** The failures' messages, innermost cause first-hand: that is what an operator can act on. */
    public static String describeFailure(JobExecution execution) {
        String failures = execution.getAllFailureExceptions().stream().map(SyncRunListener::rootMessage)
                .distinct().collect(Collectors.joining("; "));
        return failures.isEmpty() ? execution.getExitStatus().getExitDescription() : failures;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == t ? String.valueOf(t.getMessage()) : t.getMessage() + " (" + root.getMessage() + ")";
    }
}
