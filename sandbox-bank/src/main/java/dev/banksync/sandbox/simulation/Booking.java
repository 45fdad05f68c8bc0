package dev.banksync.sandbox.simulation;

import dev.banksync.sandbox.catalog.Merchant;
import dev.banksync.sandbox.catalog.Rail;
import dev.banksync.sandbox.ledger.AnomalyKind;
import dev.banksync.sandbox.profile.AccountProfile;
import java.time.Instant;

/**
 * A money movement decided by the simulation, before the bank turns it into transactions: a card payment
 * becomes a pending and later a posted transaction; anything else posts at once.
 *
 * @param merchant        null for transfers, fees and interest
 * @param descriptor      the merchant's statement descriptor (the {desc} of the bank's format), or "" if none
 * @param amountMinor     banksync convention: money out negative
 * @param authorizedAt    when a card payment was authorised; null otherwise
 * @param counterpartMask the mask of the user's other account in a transfer, or null
 */
record Booking(AccountProfile account, Rail rail, Merchant merchant, String descriptor, long amountMinor,
               String category, Instant authorizedAt, String counterpartMask, AnomalyKind anomaly) {

    static Booking transfer(AccountProfile account, Rail rail, long amountMinor, String category,
                            AccountProfile counterpart) {
        return new Booking(account, rail, null, "", amountMinor, category, null,
                counterpart == null ? null : counterpart.mask(), null);
    }

    static Booking bill(AccountProfile account, Rail rail, Merchant merchant, String descriptor, long amountMinor) {
        return new Booking(account, rail, merchant, descriptor, amountMinor, merchant.category(), null, null, null);
    }

    Booking withAnomaly(AnomalyKind kind) {
        return new Booking(account, rail, merchant, descriptor, amountMinor, category, authorizedAt,
                counterpartMask, kind);
    }

    Booking authorizedAt(Instant instant) {
        return new Booking(account, rail, merchant, descriptor, amountMinor, category, instant, counterpartMask,
                anomaly);
    }
}
