package dev.banksync.sandbox.ledger;

/**
 * One entry of a connection's change log, visible from simulated day {@code day} on.
 *
 * @param transaction the new version (ADDED, MODIFIED) or the last version before removal (REMOVED)
 */
public record Change(int day, ChangeKind kind, SimTransaction transaction) {

    public String transactionId() {
        return transaction.transactionId();
    }
}
