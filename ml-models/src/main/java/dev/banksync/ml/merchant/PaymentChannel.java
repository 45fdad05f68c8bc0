package dev.banksync.ml.merchant;

/**
 * How the money moved, as the statement line's wording reveals it. Not a category, but a strong hint: an ATM line
 * is a withdrawal, a direct debit is usually a bill, a UPI payment to a person's name is usually a transfer.
 */
public enum PaymentChannel {
    CARD,
    ATM,
    DIRECT_DEBIT,
    STANDING_ORDER,
    CREDIT_TRANSFER,
    UPI,
    IMPS,
    NEFT_RTGS,
    ACH,
    P2P,
    CHEQUE,
    CASH,
    UNKNOWN
}
