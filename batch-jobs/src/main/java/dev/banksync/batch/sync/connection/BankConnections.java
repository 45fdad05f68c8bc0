package dev.banksync.batch.sync.connection;

import dev.banksync.batch.sync.token.AccessToken;
import dev.banksync.batch.sync.token.SealedToken;
import dev.banksync.batch.sync.token.TokenCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bank connections: created with their access token sealed (AES-GCM, bound to the connection's id), read
 * back for a sync, and marked with each sync's outcome. This is what the CLI calls to link a bank.
 */
public class BankConnections {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TokenCipher cipher;

    public BankConnections(JdbcTemplate jdbc, TransactionTemplate transactions, TokenCipher cipher) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.cipher = cipher;
    }

    /**
     * Links a bank: creates the user if new and an ACTIVE connection holding the sealed token.
     *
     * @param provider   the connector that reads it, e.g. {@code sandbox}
     * @param externalId the provider's id of the link, or null
     * @return the new connection id
     */
    public long create(String userId, String provider, String institution, String externalId, AccessToken token) {
        return transactions.execute(status -> {
            jdbc.update("INSERT INTO ledger.users (user_id) VALUES (?) ON CONFLICT (user_id) DO NOTHING", userId);
            long id = jdbc.queryForObject("""
                    INSERT INTO ledger.bank_connections (user_id, provider, institution, external_id)
                    VALUES (?, ?, ?, ?) RETURNING connection_id""", Long.class, userId, provider, institution,
                    externalId);
            storeToken(id, token);
            return id;
        });
    }

    /** After the user re-authenticated: the new token, the connection ACTIVE again, its last error cleared. */
    public void replaceToken(long connectionId, AccessToken token) {
        if (find(connectionId).isEmpty()) {
            throw new IllegalArgumentException("no connection " + connectionId);
        }
        transactions.executeWithoutResult(status -> {
            storeToken(connectionId, token);
            jdbc.update("UPDATE ledger.bank_connections SET status = 'ACTIVE', last_error = NULL "
                    + "WHERE connection_id = ?", connectionId);
        });
    }

    /**
     * How many days a window provider's sync of this connection fetches (cursor providers ignore it): at least 30,
     * the product's promise.
     */
    public void windowDays(long connectionId, int days) {
        if (days < 30) {
            throw new IllegalArgumentException("a connection's window is at least 30 days, not " + days);
        }
        if (jdbc.update("UPDATE ledger.bank_connections SET window_days = ? WHERE connection_id = ?", days,
                connectionId) == 0) {
            throw new IllegalArgumentException("no connection " + connectionId);
        }
    }

    public Optional<BankConnection> find(long connectionId) {
        return jdbc.query("""
                SELECT connection_id, user_id, provider, institution, external_id, status, sync_cursor, window_days,
                       access_token_enc, token_key_id, last_error
                FROM ledger.bank_connections WHERE connection_id = ?""", BankConnections::map, connectionId)
                .stream().findFirst();
    }

    /** ACTIVE connections in id order: what a scheduled sync covers. */
    public List<Long> activeIds() {
        return jdbc.queryForList("SELECT connection_id FROM ledger.bank_connections WHERE status = 'ACTIVE' "
                + "ORDER BY connection_id", Long.class);
    }

    /** The token in the clear, for the duration of a sync. */
    public AccessToken openToken(BankConnection connection) {
        if (connection.token() == null) {
            throw new IllegalStateException("connection " + connection.connectionId() + " has no access token");
        }
        return cipher.open(connection.token(), associatedData(connection.connectionId()));
    }

    public void recordSuccess(long connectionId) {
        jdbc.update("UPDATE ledger.bank_connections SET last_synced_at = now(), last_error = NULL "
                + "WHERE connection_id = ?", connectionId);
    }

    /** @param loginRequired the user must re-authenticate: the connection leaves the schedule (status ERROR) */
    public void recordFailure(long connectionId, String error, boolean loginRequired) {
        jdbc.update("UPDATE ledger.bank_connections SET last_error = ?, "
                + "status = CASE WHEN ? THEN 'ERROR' ELSE status END WHERE connection_id = ?",
                error, loginRequired, connectionId);
    }

    private void storeToken(long connectionId, AccessToken token) {
        SealedToken sealed = cipher.seal(token, associatedData(connectionId));
        jdbc.update("UPDATE ledger.bank_connections SET access_token_enc = ?, token_key_id = ? WHERE connection_id = ?",
                sealed.bytes(), sealed.keyId(), connectionId);
    }

    /** Binds a sealed token to its row: copied onto another connection, it no longer opens. */
    private static String associatedData(long connectionId) {
        return "banksync:ledger.bank_connections:" + connectionId;
    }

    private static BankConnection map(ResultSet rs, int row) throws SQLException {
        byte[] sealed = rs.getBytes("access_token_enc");
        SealedToken token = sealed == null ? null : new SealedToken(sealed, rs.getString("token_key_id"));
        return new BankConnection(rs.getLong("connection_id"), rs.getString("user_id"), rs.getString("provider"),
                rs.getString("institution"), rs.getString("external_id"), rs.getString("status"),
                rs.getString("sync_cursor"), rs.getInt("window_days"), token, rs.getString("last_error"));
    }
}
