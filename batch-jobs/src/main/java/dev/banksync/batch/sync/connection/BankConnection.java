package dev.banksync.batch.sync.connection;

import dev.banksync.batch.sync.token.SealedToken;

/**
 * A row of {@code ledger.bank_connections}. The token stays sealed here; {@link BankConnections#openToken} opens
 * it for a sync.
 *
 * @param status ACTIVE, PAUSED, ERROR (the user must re-authenticate) or REVOKED
 */
public record BankConnection(long connectionId, String userId, String provider, String institution,
                             String externalId, String status, String syncCursor, int windowDays,
                             SealedToken token, String lastError) {

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }
}
