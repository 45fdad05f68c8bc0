package dev.banksync.schedules.operator;

import java.time.Duration;
import java.time.Instant;

/**
 * A scheduler instance of the cluster, from Quartz's check-in table.
 *
 * @param instanceId      Quartz's instance id (host name and start time with {@code instanceId=AUTO})
 * @param lastCheckIn     its latest check-in
 * @param checkInInterval how often it checks in
 * @param alive           whether it checked in recently enough that the cluster does not consider it failed
 */
public record SchedulerNode(String instanceId, Instant lastCheckIn, Duration checkInInterval, boolean alive) {
}
