package dev.banksync.sandbox.profile;

/** Account kinds, with Plaid's {@code type} and {@code subtype} strings. */
public enum AccountType {
    CHECKING("depository", "checking", "Checking"),
    SAVINGS("depository", "savings", "Savings"),
    CREDIT_CARD("credit", "credit card", "Credit Card");

    private final String plaidType;
    private final String plaidSubtype;
    private final String label;

    AccountType(String plaidType, String plaidSubtype, String label) {
        this.plaidType = plaidType;
        this.plaidSubtype = plaidSubtype;
        this.label = label;
    }

    public String plaidType() {
        return plaidType;
    }

    public String plaidSubtype() {
        return plaidSubtype;
    }

    public String label() {
        return label;
    }
}
