package dev.banksync.batch.sync.connection;

import dev.banksync.batch.sync.connector.BankAccount;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ledger accounts of a connection: created (or renamed) as the provider reports them, each with the
 * deterministic id {@code c<connection>:<provider account id>}.
 */
public class ConnectionAccounts {

    private static final String UPSERT = """
            INSERT INTO ledger.accounts (account_id, user_id, connection_id, external_account_id, name, mask, type,
                                         currency)
            SELECT * FROM unnest(?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[],
                                 ?::text[])
            ON CONFLICT (account_id) DO UPDATE SET name = EXCLUDED.name, mask = EXCLUDED.mask
            WHERE (ledger.accounts.name, ledger.accounts.mask) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.mask)""";

    private final JdbcTemplate jdbc;

    public ConnectionAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static String accountId(long connectionId, String externalAccountId) {
        return "c" + connectionId + ":" + externalAccountId;
    }

    /** Makes sure the accounts exist; returns every account of the connection, provider id to ledger id. */
    public Map<String, String> ensure(long connectionId, String userId, Collection<BankAccount> reported) {
        Map<String, BankAccount> unique = new LinkedHashMap<>();
        reported.forEach(a -> unique.put(a.externalAccountId(), a));
        if (!unique.isEmpty()) {
            var accounts = unique.values();
            jdbc.update(UPSERT,
                    accounts.stream().map(a -> accountId(connectionId, a.externalAccountId())).toArray(String[]::new),
                    accounts.stream().map(a -> userId).toArray(String[]::new),
                    accounts.stream().map(a -> connectionId).toArray(Long[]::new),
                    accounts.stream().map(BankAccount::externalAccountId).toArray(String[]::new),
                    accounts.stream().map(BankAccount::name).toArray(String[]::new),
                    accounts.stream().map(BankAccount::mask).toArray(String[]::new),
                    accounts.stream().map(a -> a.kind().name()).toArray(String[]::new),
                    accounts.stream().map(BankAccount::currency).toArray(String[]::new));
        }
        Map<String, String> byExternalId = new HashMap<>();
        jdbc.query("SELECT external_account_id, account_id FROM ledger.accounts WHERE connection_id = ?",
                rs -> {
                    byExternalId.put(rs.getString(1), rs.getString(2));
                }, connectionId);
        return byExternalId;
    }
}
