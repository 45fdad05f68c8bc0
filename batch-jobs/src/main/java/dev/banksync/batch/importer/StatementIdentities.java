package dev.banksync.batch.importer;

import dev.banksync.batch.ledger.TransactionIds;
import dev.banksync.core.money.Money;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Identities for transactions from a source without ids (a statement file). A line's fingerprint is a hash of
 * account, booking date, amount and normalised description; its external id is that fingerprint plus the
 * occurrence index of the fingerprint within the file, so two identical coffees on the same day stay two
 * transactions, and importing the same file again yields the same ids. One instance numbers one file, in order.
 */
public final class StatementIdentities {

    /** What a line is known by in the ledger. */
    public record Identity(String externalId, String transactionId) {
    }

    private final String accountId;
    private final String source;
    private final Map<String, Integer> occurrences = new HashMap<>();

    public StatementIdentities(String accountId, String source) {
        this.accountId = accountId;
        this.source = source;
    }

    /** The identity of the file's next line; call it once per line, in file order. */
    public Identity next(LocalDate bookingDate, Money amount, String description) {
        String fingerprint = fingerprint(accountId, bookingDate, amount, description);
        int occurrence = occurrences.merge(fingerprint, 1, Integer::sum);
        String externalId = fingerprint + ":" + occurrence;
        return new Identity(externalId, transactionId(accountId, source, externalId));
    }

    public static String fingerprint(String accountId, LocalDate bookingDate, Money amount, String description) {
        return TransactionIds.hash(accountId, bookingDate.toString(), Long.toString(amount.minorUnits()),
                amount.currencyCode(), normalise(description));
    }

    /** Deterministic: the same (account, source, external id) always gives the same transaction id. */
    public static String transactionId(String accountId, String source, String externalId) {
        return TransactionIds.transactionId(accountId, source, externalId);
    }

    /** Case, Unicode compatibility forms and runs of white space do not make two descriptions different. */
    static String normalise(String description) {
        String s = Normalizer.normalize(description, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return s.replaceAll("\\s+", " ").strip();
    }
}
