package dev.banksync.sandbox.profile;

import dev.banksync.sandbox.catalog.Merchant;

/**
 * A card subscription billed monthly on {@code dayOfMonth}, or yearly on {@code dayOfMonth} of {@code month}.
 * Its price may rise over the simulation (the simulator keeps the current price).
 */
public record Subscription(int index, Merchant merchant, long initialPriceMinor, int dayOfMonth, boolean annual,
                           int month) {
}
