package dev.banksync.batch.importer;

import dev.banksync.core.money.Money;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
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
        return sha256(accountId, bookingDate.toString(), Long.toString(amount.minorUnits()), amount.currencyCode(),
                normalise(description));
    }

    /** Deterministic: the same (account, source, external id) always gives the same transaction id. */
    public static String transactionId(String accountId, String source, String externalId) {
        return "t_" + sha256(accountId, source, externalId);
    }

    /** Case, Unicode compatibility forms and runs of white space do not make two descriptions different. */
    static String normalise(String description) {
        String s = Normalizer.normalize(description, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return s.replaceAll("\\s+", " ").strip();
    }

    /** 128 bits of SHA-256 in hex: collisions are out of reach for any ledger, and ids stay short. */
    private static String sha256(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1f); // unit separator: ("ab","c") and ("a","bc") differ
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
