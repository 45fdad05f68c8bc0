package dev.banksync.schedules.operator;

import dev.banksync.schedules.slot.Slot;
import java.time.Instant;

/**
 * A run an operator asked for: a one-shot trigger that any live scheduler node of the cluster fires.
 *
 * @param schedule     the schedule whose job runs
 * @param batchJobName the Spring Batch job
 * @param triggerName  the one-shot trigger (group {@code banksync-manual}) until it fires
 * @param requestedAt  when it was asked for
 * @param slot         the job parameters it will run with (business date and {@code manual-HH:mm:ss})
 */
public record RunNowRequest(String schedule, String batchJobName, String triggerName, Instant requestedAt,
                            Slot slot) {
}
