package dev.banksync.schedules.operator;

import java.time.ZoneId;
import java.util.List;

/**
 * What an operator sees of one schedule.
 *
 * @param schedule        the schedule's name ("bank-sync")
 * @param batchJobName    the Spring Batch job it launches
 * @param cron            its Quartz cron expression
 * @param timeZone        the zone of the cron and of business dates
 * @param batchJobDefined whether this application defines that batch job (false: fires launch nothing)
 * @param triggers        its triggers with previous and next fire times
 * @param lastExecutions  the latest executions of its batch job, newest first
 */
public record ScheduleReport(String schedule, String batchJobName, String cron, ZoneId timeZone,
                             boolean batchJobDefined, List<TriggerStatus> triggers,
                             List<ExecutionSummary> lastExecutions) {
}
