package dev.banksync.sandbox.ledger;

/** Injected anomalies; they are revealed only through the ground truth, never in the sync payload. */
public enum AnomalyKind {
    /** A purchase several times larger than usual for its category. */
    LARGE_AMOUNT,
    /** The same charge again, minutes after the first (the second one is the anomaly). */
    DUPLICATE_CHARGE,
    /** A large purchase at a merchant the user never used before. */
    NEW_MERCHANT_LARGE,
    /** The first charge of a subscription at its raised price. */
    PRICE_HIKE,
    /** A purchase in a foreign currency, converted into the account's currency. */
    FOREIGN_CURRENCY
}
