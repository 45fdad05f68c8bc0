package dev.banksync.batch.importer.statement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which account of a statement file an import takes. OFX downloads, camt.053 and MT940 files often hold the
 * statements of several accounts, but an import fills ONE ledger account. The rule: a file of one account is
 * taken whole; a file of several accounts is refused before anything is written unless the caller names the
 * account (profile {@code account=<identifier>}); then the other accounts' statements are passed over, not
 * quarantined, because they are not bad data but belong to other imports (the parsers log how many they passed
 * over). Guessing, or quarantining hundreds of foreign rows on every routine import, would both surprise.
 *
 * <p>Identifiers compare without spaces, dots and dashes, ignoring case; an MT940 {@code :25:} value
 * {@code BLZ/ACCOUNT} or {@code ACCOUNT+CURRENCY} also answers to its account part.
 */
public final class AccountSelector {

    private static final AccountSelector SINGLE = new AccountSelector(null);

    private final String wanted;

    private AccountSelector(String wanted) {
        this.wanted = wanted;
    }

    /** Takes the file's only account; a file of several accounts is refused. */
    public static AccountSelector singleAccount() {
        return SINGLE;
    }

    /** Takes the statements of the account the file identifies as {@code identifier}. */
    public static AccountSelector of(String identifier) {
        if (identifier == null || normalise(identifier).isEmpty()) {
            throw new IllegalArgumentException("an account identifier is needed, e.g. account=DE89370400440532013000");
        }
        return new AccountSelector(identifier.strip());
    }

    /**
     * Checks the choice against the accounts the file holds, one entry per statement in file order (null for a
     * statement that names no account). Throws {@link StatementFormatException} when it cannot be met.
     */
    public void check(String fileName, List<String> statementAccounts) {
        Map<String, String> distinct = new LinkedHashMap<>();
        for (String account : statementAccounts) {
            distinct.putIfAbsent(account == null ? "" : normalise(account), account == null ? "(none named)" : account);
        }
        List<String> shown = new ArrayList<>(distinct.values());
        if (wanted == null) {
            if (distinct.size() > 1) {
                throw new StatementFormatException(fileName + " holds statements of " + distinct.size()
                        + " accounts " + shown + "; an import fills one ledger account: name the file's account to"
                        + " import with profile account=<identifier>");
            }
            return;
        }
        if (statementAccounts.stream().noneMatch(this::includes)) {
            throw new StatementFormatException(fileName + " has no statement of account '" + wanted + "'; it holds "
                    + (shown.isEmpty() ? "no statement" : "statements of " + shown));
        }
    }

    /** Whether a statement of this account (null: none named) is to be imported. */
    public boolean includes(String account) {
        if (wanted == null) {
            return true;
        }
        if (account == null) {
            return false;
        }
        String want = normalise(wanted);
        String have = normalise(account);
        return have.equals(want) || accountPart(have).equals(want);
    }

    /** {@code 10020030/1234567890} → {@code 1234567890}; {@code 1291.99.348EUR} → {@code 129199348}. */
    private static String accountPart(String normalised) {
        String s = normalised.substring(normalised.lastIndexOf('/') + 1);
        if (s.matches(".*\\d[A-Z]{3}")) {
            s = s.substring(0, s.length() - 3);
        }
        return s;
    }

    private static String normalise(String identifier) {
        return identifier.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountSelector other && Objects.equals(wanted, other.wanted);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(wanted);
    }

    @Override
    public String toString() {
        return wanted == null ? "the file's only account" : "account " + wanted;
    }
}
