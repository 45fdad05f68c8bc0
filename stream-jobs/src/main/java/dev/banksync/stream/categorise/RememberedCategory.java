package dev.banksync.stream.categorise;

/**
 * What a user's merchant memory holds for one merchant: the category they last corrected one of its transactions
 * to, and when (epoch milliseconds), so that of two memories of the same merchant the later correction wins.
 */
public record RememberedCategory(String category, long correctedAtMillis) {

    /** The later of two memories of one merchant, either of which may be null. */
    static RememberedCategory later(RememberedCategory a, RememberedCategory b) {
        if (a == null) {
            return b;
        }
        return b == null || a.correctedAtMillis() > b.correctedAtMillis() ? a : b; // a tie: the second
    }
}
