package dev.banksync.batch.reconcile;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * For sources that only give a snapshot of the last N days: the batch holds every live transaction of these
 * accounts booked in {@code [from, to]}, so a ledger row of the same source in that range that the batch does not
 * hold was removed at the source.
 */
public record WindowScope(Set<String> accountIds, LocalDate from, LocalDate to) {

    public WindowScope {
        accountIds = Set.copyOf(accountIds);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("window from " + from + " is after to " + to);
        }
    }
}
