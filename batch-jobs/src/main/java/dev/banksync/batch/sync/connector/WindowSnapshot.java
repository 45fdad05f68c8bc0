package dev.banksync.batch.sync.connector;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Every live transaction the provider holds for {@code [from, to]}, which the snapshot covers completely. */
public record WindowSnapshot(List<BankAccount> accounts, List<BankTransaction> transactions,
                             List<UnreadableRecord> unreadable, LocalDate from, LocalDate to) {

    public WindowSnapshot {
        accounts = List.copyOf(accounts);
        transactions = List.copyOf(transactions);
        unreadable = List.copyOf(unreadable);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
