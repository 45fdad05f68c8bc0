package dev.banksync.batch.reconcile;

import java.util.Objects;

/** One change a source reports: a transaction as it now is, or the removal of one. */
public sealed interface IncomingChange {

    String accountId();

    String userId();

    String externalId();

    /** "This transaction now looks like this": new, unchanged or modified is for the matching engine to decide. */
    record Upsert(IncomingTransaction transaction) implements IncomingChange {

        public Upsert {
            Objects.requireNonNull(transaction, "transaction");
        }

        @Override
        public String accountId() {
            return transaction.accountId();
        }

        @Override
        public String userId() {
            return transaction.userId();
        }

        @Override
        public String externalId() {
            return transaction.externalId();
        }
    }

    /** The source no longer has this transaction (a pending that vanished, a reversed charge). */
    record Removal(String accountId, String userId, String externalId) implements IncomingChange {

        public Removal {
            Objects.requireNonNull(accountId, "accountId");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(externalId, "externalId");
        }
    }
}
