package dev.banksync.sandbox.catalog;

/**
 * The payment rail a transaction travelled on. It picks the bank's statement format and the Plaid-style
 * {@code transaction_code}; only card rails go through a pending authorisation before they post.
 */
public enum Rail {
    CARD_DEBIT(true, "purchase"),
    CARD_CREDIT(true, "purchase"),
    UPI(false, "purchase"),
    DIRECT_DEBIT(false, "direct debit"),
    SALARY(false, "transfer"),
    RENT(false, "standing order"),
    SAVINGS_OUT(false, "transfer"),
    SAVINGS_IN(false, "transfer"),
    TOP_UP_OUT(false, "transfer"),
    TOP_UP_IN(false, "transfer"),
    CARD_PAYMENT_OUT(false, "bill payment"),
    CARD_PAYMENT_IN(false, "transfer"),
    ATM(false, "atm"),
    FEE_MONTHLY(false, "bank charge"),
    FEE_FOREIGN(false, "bank charge"),
    FEE_ATM(false, "bank charge"),
    INTEREST(false, "interest"),
    REFUND(false, "adjustment");

    private final boolean card;
    private final String transactionCode;

    Rail(boolean card, String transactionCode) {
        this.card = card;
        this.transactionCode = transactionCode;
    }

    /** Card payments are authorised (pending) first and post one to three days later. */
    public boolean card() {
        return card;
    }

    /** Plaid's {@code transaction_code}; US institutions do not report one. */
    public String transactionCode() {
        return transactionCode;
    }

    /** Whether the merchant's channel (online / in store) applies, rather than "other". */
    public boolean merchantChannel() {
        return card || this == UPI || this == REFUND;
    }
}
