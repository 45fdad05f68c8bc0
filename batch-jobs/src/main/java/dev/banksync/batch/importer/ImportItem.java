package dev.banksync.batch.importer;

import dev.banksync.batch.importer.statement.RejectedRow;
import dev.banksync.batch.ledger.LedgerTransaction;

/** What the import step writes for one statement row: a ledger transaction, or a rejection for the quarantine. */
public sealed interface ImportItem {

    record Accepted(long lineNumber, LedgerTransaction transaction) implements ImportItem {
    }

    record Rejected(RejectedRow row) implements ImportItem {
    }
}
