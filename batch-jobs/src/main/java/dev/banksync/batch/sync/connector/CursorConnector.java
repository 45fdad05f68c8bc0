package dev.banksync.batch.sync.connector;

/**
 * A provider with a cursor-based change feed (Plaid's {@code /transactions/sync} and its imitators): each page
 * holds what was added, modified and removed since the cursor, and the cursor to continue from.
 */
public non-sealed interface CursorConnector extends BankConnector {

    /**
     * The page after {@code cursor}; a null cursor starts from the beginning of the connection's history.
     *
     * @throws ConnectorException when the provider failed or refused; its kind says whether to retry, restart the
     *                            pagination, or give up on the connection
     */
    SyncPage fetch(ConnectionContext connection, String cursor);
}
