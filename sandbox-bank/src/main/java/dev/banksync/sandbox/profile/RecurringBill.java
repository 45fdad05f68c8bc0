package dev.banksync.sandbox.profile;

import dev.banksync.sandbox.catalog.Merchant;

/**
 * A monthly direct debit (utility, insurance, loan, rent, gym …).
 *
 * @param variability how far a month's amount may stray from the base, as a fraction (0 = fixed)
 */
public record RecurringBill(Merchant merchant, long baseAmountMinor, int dayOfMonth, double variability) {
}
