package dev.banksync.sandbox.truth;

import java.util.List;

/**
 * An account's final ledger: every live transaction (posted, and pending that have not posted yet), sorted by
 * date then id, with the account's balances in minor units.
 */
public record TruthAccount(String accountId, String type, String subtype, String currency, String mask,
                           long currentBalanceMinor, List<TruthTransaction> transactions) {
}
