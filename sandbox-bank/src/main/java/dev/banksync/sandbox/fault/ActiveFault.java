package dev.banksync.sandbox.fault;

/**
 * A rule in the plan, as listed by {@code GET /sandbox/faults}.
 *
 * @param remaining how many more hits it may make, or null without a limit
 * @param hits      how many requests it has hit so far
 */
public record ActiveFault(long id, FaultRule rule, Integer remaining, long hits) {
}
