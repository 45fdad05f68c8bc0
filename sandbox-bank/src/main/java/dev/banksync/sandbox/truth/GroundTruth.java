package dev.banksync.sandbox.truth;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** What a perfect consumer of one connection holds after syncing everything up to {@code asOf}. */
public record GroundTruth(String connectionId, String userId, LocalDate asOf, List<TruthAccount> accounts,
                          List<TruthAnomaly> anomalies) {

    /** Every live transaction of every account. */
    public Stream<TruthTransaction> transactions() {
        return accounts.stream().flatMap(a -> a.transactions().stream());
    }
}
