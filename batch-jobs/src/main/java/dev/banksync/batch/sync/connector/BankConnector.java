package dev.banksync.batch.sync.connector;

/**
 * A way to read one kind of bank connection: an aggregator's API (Plaid, GoCardless, SimpleFIN, an Indian Account
 * Aggregator) or the sandbox bank. A connector only fetches and maps; the bank sync job owns transactions,
 * cursors, retries, circuit breaking and rate limiting, so adding a provider means implementing
 * {@link CursorConnector} (providers with a change feed) or {@link WindowConnector} (providers that only give
 * the last N days) and registering it as a Spring bean. Nothing in the job changes.
 *
 * <p>Connectors throw {@link ConnectorException} with the {@link ConnectorException.Kind} that tells the job what
 * to do about a failure; they never put the access token into a message or a log line.
 */
public sealed interface BankConnector permits CursorConnector, WindowConnector {

    /** The value of {@code ledger.bank_connections.provider} this connector serves, e.g. {@code sandbox}. */
    String provider();

    /** The ledger source of what it delivers. */
    default String source() {
        return "api:" + provider();
    }
}
