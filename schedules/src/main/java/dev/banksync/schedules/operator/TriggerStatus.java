package dev.banksync.schedules.operator;

import java.time.Instant;

/**
 * One Quartz trigger of a schedule.
 *
 * @param name             the trigger's name
 * @param kind             {@code cron} (the schedule itself), {@code manual} (a run-now waiting to fire) or
 *                         {@code recovery} (Quartz re-firing a run whose node died)
 * @param description      the cron expression and zone, or what asked for the run
 * @param state            Quartz's state: NORMAL (waiting), BLOCKED (its job is running on some node), PAUSED,
 *                         COMPLETE, ERROR
 * @param previousFireTime when it last fired, or null
 * @param nextFireTime     when it fires next, or null
 */
public record TriggerStatus(String name, String kind, String description, String state, Instant previousFireTime,
                            Instant nextFireTime) {
}
