package dev.banksync.stream.anomaly;

/**
 * What the detector remembers of one transaction: the last version applied, what it added to the user's history
 * (so a modification or removal can take it out again) and which alert kinds already fired for it (bits of
 * {@code AlertKind.ordinal()}), so a modification never repeats an alert. {@code active} is false once the
 * transaction was removed or superseded by its posted version; a superseded pending stays inactive for good.
 * {@code spendCurrency} is the currency the payment was made in (see {@link ForeignAmount}), else the account's.
 */
public record SeenCharge(long version, boolean active, boolean superseded, long amountMinor, String currency,
                         String spendCurrency, String category, long epochDay, String merchantKey, int firedKinds) {

    static SeenCharge supersededPending() {
        return new SeenCharge(0, false, true, 0, null, null, null, 0, "", 0);
    }

    SeenCharge inactive(long newVersion) {
        return new SeenCharge(newVersion, false, superseded, 0, null, null, null, 0, "", firedKinds);
    }

    SeenCharge withFired(int fired) {
        return new SeenCharge(version, active, superseded, amountMinor, currency, spendCurrency, category, epochDay,
                merchantKey, fired);
    }

    boolean isOutflow() {
        return active && amountMinor < 0;
    }
}
