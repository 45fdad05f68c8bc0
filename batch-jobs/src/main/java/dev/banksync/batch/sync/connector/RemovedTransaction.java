package dev.banksync.batch.sync.connector;

import java.util.Objects;

/** The provider no longer has this transaction. */
public record RemovedTransaction(String externalAccountId, String externalId) {

    public RemovedTransaction {
        Objects.requireNonNull(externalAccountId, "externalAccountId");
        Objects.requireNonNull(externalId, "externalId");
    }
}
