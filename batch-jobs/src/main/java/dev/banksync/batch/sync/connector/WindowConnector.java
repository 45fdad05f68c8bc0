package dev.banksync.batch.sync.connector;

/**
 * A provider that only lists the transactions of the last N days. Each sync takes the whole window; whatever the
 * ledger holds from this provider inside the window but the snapshot does not was removed at the bank.
 */
public non-sealed interface WindowConnector extends BankConnector {

    /**
     * Every live transaction of the connection's accounts booked in the last {@code days} days, as of the
     * provider's today; the snapshot states the date range it covers completely.
     */
    WindowSnapshot fetchWindow(ConnectionContext connection, int days);
}
