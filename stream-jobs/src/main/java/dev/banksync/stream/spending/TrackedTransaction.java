package dev.banksync.stream.spending;

/**
 * What the spending book remembers about one transaction: the last version applied, what it currently adds to the
 * totals ({@code null} once removed or superseded) and, for a pending transaction, the posted transaction that
 * superseded it — kept so that a late copy of the pending never counts again.
 */
public record TrackedTransaction(long version, Contribution contribution, String supersededBy) {
}
