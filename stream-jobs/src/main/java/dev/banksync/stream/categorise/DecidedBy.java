package dev.banksync.stream.categorise;

/** What decided a transaction's category, as {@code insights.transaction_categories.decided_by} stores it. */
public enum DecidedBy {
    /** The user corrected this transaction, or a transaction from the same merchant. */
    USER,
    /** A user's or a global rule of {@code ledger.rules}. */
    RULE,
    /** The categoriser (model or baseline rules) with enough confidence. */
    MODEL,
    /** Nothing could decide: the category is {@code UNCATEGORIZED}. */
    DEFAULT
}
