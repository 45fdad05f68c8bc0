package dev.banksync.sandbox.connection;

/**
 * A user's link to their bank (Plaid calls it an Item), and the access token that reads it.
 *
 * @param index the user's position in the seed's population, 0-based
 */
public record Connection(int index, String connectionId, String userId, String accessToken, String institution,
                         String country, String homeCurrency) {

    @Override
    public String toString() {
        // never print the token: it is a credential, even in a sandbox
        return "Connection[" + connectionId + ", " + userId + ", " + institution + "]";
    }
}
