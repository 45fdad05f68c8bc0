package dev.banksync.stream.recurring;

/** Plaid's stream states: just detected, established, or no longer happening. */
public enum RecurringStatus {
    EARLY,
    MATURE,
    STOPPED
}
