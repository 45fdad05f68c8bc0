package dev.banksync.stream.anomaly;

/**
 * What the user's state holds about a payment's category and merchant, read once per payment (after its earlier
 * version was taken out) and shared by the checks and the update after them: each keyed-state read costs a lookup
 * through the TTL and changelog layers, and a payment needs both twice.
 *
 * @param amounts  the history of the payment's {@code category|currency}, or null
 * @param merchant what is kept of the payments to its merchant, or null
 */
record PaymentHistory(AmountHistory amounts, MerchantPayments merchant) {

    static PaymentHistory read(SeenCharge charge, AnomalyState state) {
        return new PaymentHistory(state.history(AnomalyDetector.historyKey(charge)),
                state.merchant(charge.merchantKey()));
    }

    /** The earliest booking day of a payment to the merchant, or null. */
    Long firstPaymentDay() {
        return merchant == null ? null : merchant.firstPaymentDay;
    }
}
