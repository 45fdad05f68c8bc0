package dev.banksync.stream.anomaly;

/**
 * What the user's state holds about a payment's category and merchant, read once per payment (after its earlier
 * version was taken out) and shared by the checks and the update after them: each keyed-state read costs a lookup
 * through the TTL and changelog layers, and a payment needs these three twice.
 *
 * @param amounts         the history of the payment's {@code category|currency}, or null
 * @param sameMerchant    the recent payments to its merchant, or null
 * @param firstPaymentDay the earliest payment to its merchant, or null (also for payments without a merchant)
 */
record PaymentHistory(AmountHistory amounts, RecentCharges sameMerchant, Long firstPaymentDay) {

    static PaymentHistory read(SeenCharge charge, AnomalyState state) {
        return new PaymentHistory(state.history(AnomalyDetector.historyKey(charge)),
                state.recentCharges(charge.merchantKey()),
                charge.merchantKey().isEmpty() ? null : state.firstPaymentDay(charge.merchantKey()));
    }
}
