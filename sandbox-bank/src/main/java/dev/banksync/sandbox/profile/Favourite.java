package dev.banksync.sandbox.profile;

import dev.banksync.sandbox.catalog.Merchant;

/**
 * A merchant a user keeps going back to, with the descriptor variant and store number of "their" branch so the
 * same shop reads the same on every statement line.
 */
public record Favourite(Merchant merchant, int descriptorVariant, String storeNumber) {
}
