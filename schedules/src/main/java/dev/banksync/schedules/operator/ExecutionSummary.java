package dev.banksync.schedules.operator;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One execution of a scheduled batch job, as Spring Batch's job repository recorded it.
 *
 * @param executionId  the job execution
 * @param instanceId   the job instance (one per slot: a restart is a second execution of the same instance)
 * @param businessDate the slot's business date, null for a run not launched by a schedule
 * @param slot         the slot label ("06:00", "manual-12:03:07"), null for a run not launched by a schedule
 * @param status       Spring Batch's status (COMPLETED, FAILED, STARTED...)
 * @param exitCode     Spring Batch's exit code
 * @param startTime    when it started, or null
 * @param endTime      when it ended, or null while it runs
 * @param firedBy      the Quartz scheduler instance that launched it, null if unknown
 */
public record ExecutionSummary(long executionId, long instanceId, LocalDate businessDate, String slot, String status,
                               String exitCode, Instant startTime, Instant endTime, String firedBy) {
}
