package dev.banksync.schedules.launch;

import dev.banksync.schedules.slot.Slot;

/**
 * What a scheduled launch did.
 *
 * @param result      the kind of outcome
 * @param jobName     the Spring Batch job
 * @param slot        the slot it was launched for
 * @param executionId the job execution that ran, or that already holds the slot; null when nothing was launched
 * @param restart     whether the run restarted a failed or stopped execution of the same slot
 * @param detail      a sentence for the log and the operator
 */
public record LaunchOutcome(Result result, String jobName, Slot slot, Long executionId, boolean restart,
                            String detail) {

    public enum Result {
        /** The job ran and completed. */
        COMPLETED,
        /** The job ran and ended in another status (FAILED, STOPPED...); the next fire of the slot restarts it. */
        FAILED,
        /** The job was handed to an asynchronous task executor and is still running. */
        LAUNCHED,
        /** The slot's instance had already completed: nothing to do (a re-fire is idempotent). */
        ALREADY_COMPLETE,
        /** The slot's instance has an execution running elsewhere: nothing launched. */
        ALREADY_RUNNING,
        /** Nothing could be launched (unknown job, rejected parameters, a restart refused...). */
        NOT_LAUNCHED
    }

    @Override
    public String toString() {
        return jobName + " [" + slot + "] " + result + (executionId == null ? "" : " execution " + executionId)
                + (restart ? " (restart)" : "") + ": " + detail;
    }
}
