package dev.banksync.batch.sync.connector;

import dev.banksync.batch.sync.token.AccessToken;
import java.util.Objects;

/**
 * The connection a connector reads, with its access token opened for the duration of the sync.
 *
 * @param externalId the provider's id of the connection (an item id), when it has one
 */
public record ConnectionContext(long connectionId, String userId, String provider, String externalId,
                                AccessToken token) {

    public ConnectionContext {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(token, "token");
    }

    @Override
    public String toString() {
        return "connection " + connectionId + " (" + provider + ")";
    }
}
