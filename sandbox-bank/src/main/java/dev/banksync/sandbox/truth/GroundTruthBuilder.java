package dev.banksync.sandbox.truth;

import dev.banksync.sandbox.accounts.AccountSnapshot;
import dev.banksync.sandbox.ledger.SimTransaction;
import dev.banksync.sandbox.profile.AccountProfile;
import dev.banksync.sandbox.profile.UserProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Builds a connection's ground truth from its live transactions (the fold of its change log). */
public final class GroundTruthBuilder {

    private static final Comparator<TruthTransaction> ORDER = Comparator.comparing(TruthTransaction::date)
            .thenComparing(TruthTransaction::transactionId);

    private GroundTruthBuilder() {
    }

    public static GroundTruth build(UserProfile profile, Collection<SimTransaction> live, LocalDate asOf) {
        List<TruthAccount> accounts = new ArrayList<>();
        for (AccountSnapshot snapshot : AccountSnapshot.of(profile.accounts(), live)) {
            AccountProfile a = snapshot.account();
            List<TruthTransaction> transactions = live.stream()
                    .filter(t -> t.accountId().equals(a.accountId()))
                    .map(TruthTransaction::of)
                    .sorted(ORDER)
                    .toList();
            accounts.add(new TruthAccount(a.accountId(), a.type().plaidType(), a.type().plaidSubtype(), a.currency(),
                    a.mask(), snapshot.currentMinor(), transactions));
        }
        List<TruthAnomaly> anomalies = accounts.stream()
                .flatMap(a -> a.transactions().stream())
                .filter(t -> t.anomaly() != null)
                .sorted(ORDER)
                .map(t -> new TruthAnomaly(t.transactionId(), t.accountId(), t.anomaly(), t.amountMinor(),
                        t.currency(), t.date()))
                .toList();
        return new GroundTruth(profile.connectionId(), profile.userId(), asOf, List.copyOf(accounts), anomalies);
    }
}
