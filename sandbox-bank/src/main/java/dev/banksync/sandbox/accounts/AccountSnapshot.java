package dev.banksync.sandbox.accounts;

import dev.banksync.sandbox.ledger.SimTransaction;
import dev.banksync.sandbox.profile.AccountProfile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * An account with its balances on a day, in minor units. Like Plaid: for a depository account {@code current}
 * is the posted balance and {@code available} also deducts pending debits; for a credit card {@code current} is
 * what is owed and {@code available} is the unused credit.
 *
 * @param availableMinor null when not reported
 * @param limitMinor     null for depository accounts
 */
public record AccountSnapshot(AccountProfile account, long currentMinor, Long availableMinor, Long limitMinor) {

    /** The snapshot of every account of a user given the live transactions. */
    public static List<AccountSnapshot> of(List<AccountProfile> accounts, Collection<SimTransaction> live) {
        List<AccountSnapshot> snapshots = new ArrayList<>(accounts.size());
        for (AccountProfile a : accounts) {
            long posted = 0;
            long pendingOut = 0;
            for (SimTransaction t : live) {
                if (!t.accountId().equals(a.accountId())) {
                    continue;
                }
                if (t.pending()) {
                    pendingOut += Math.min(0, t.amountMinor());
                } else {
                    posted += t.amountMinor();
                }
            }
            if (a.isCard()) {
                long owed = a.openingBalanceMinor() - posted;
                snapshots.add(new AccountSnapshot(a, owed, a.creditLimitMinor() - owed + pendingOut,
                        a.creditLimitMinor()));
            } else {
                long current = a.openingBalanceMinor() + posted;
                snapshots.add(new AccountSnapshot(a, current, current + pendingOut, null));
            }
        }
        return snapshots;
    }
}
