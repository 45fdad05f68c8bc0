package dev.banksync.batch.ledger;

import dev.banksync.core.money.Money;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Users and accounts of the ledger, as imports need them: find an account, or make sure a user and a file-only
 * account exist (the CLI does that before importing a statement for a new account).
 */
public class LedgerAccounts {

    /** An account and whom it belongs to. */
    public record Account(String accountId, String userId, String name, String currency) {
    }

    private final JdbcTemplate jdbc;

    public LedgerAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> find(String accountId) {
        List<Account> accounts = jdbc.query(
                "SELECT account_id, user_id, name, currency FROM ledger.accounts WHERE account_id = ?",
                (rs, i) -> new Account(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                accountId);
        return accounts.stream().findFirst();
    }

    /**
     * Creates the user and the account unless they exist, and returns the account. An existing account of another
     * user is an error: statement lines must never land in someone else's ledger.
     */
    public Account ensure(String userId, String accountId, String accountName, String currency) {
        String code = Money.currency(currency).getCurrencyCode();
        jdbc.update("INSERT INTO ledger.users (user_id, home_currency) VALUES (?, ?) ON CONFLICT (user_id) DO NOTHING",
                userId, code);
        jdbc.update("""
                INSERT INTO ledger.accounts (account_id, user_id, name, currency) VALUES (?, ?, ?, ?)
                ON CONFLICT (account_id) DO NOTHING""", accountId, userId, accountName, code);
        return requireOwned(userId, accountId);
    }

    /** The account, which must exist and belong to {@code userId}. */
    public Account requireOwned(String userId, String accountId) {
        Account account = find(accountId).orElseThrow(() -> new IllegalArgumentException(
                "account '" + accountId + "' does not exist"));
        if (!account.userId().equals(userId)) {
            throw new IllegalArgumentException("account '" + accountId + "' belongs to another user, not '" + userId + "'");
        }
        return account;
    }
}
