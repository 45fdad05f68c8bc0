package dev.banksync.batch.importer;

import dev.banksync.batch.importer.statement.RejectedRow;
import dev.banksync.batch.importer.statement.StatementLine;
import dev.banksync.batch.importer.statement.StatementRow;
import dev.banksync.batch.ledger.LedgerTransaction;
import dev.banksync.core.event.TransactionEvent;
import dev.banksync.core.event.TransactionEvent.TransactionStatus;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns statement lines into ledger transactions of one user's account; rejected rows pass through to the
 * quarantine. Statement lines are booked, so they are POSTED, version 1.
 *
 * <p>It numbers repeated fingerprints as it goes, so it must see each line exactly once, in file order: the step
 * is therefore not fault tolerant (a retried chunk would count again). Bad rows never throw; they are items.
 */
public class StatementImportProcessor implements ItemProcessor<StatementRow, ImportItem> {

    private final String userId;
    private final String accountId;
    private final String source;
    private final StatementIdentities identities;

    /** @param source the ledger source of these rows, {@code file:<format>} */
    public StatementImportProcessor(String userId, String accountId, String source) {
        this.userId = userId;
        this.accountId = accountId;
        this.source = source;
        this.identities = new StatementIdentities(accountId, source);
    }

    @Override
    public ImportItem process(StatementRow row) {
        if (row instanceof RejectedRow rejected) {
            return new ImportItem.Rejected(rejected);
        }
        StatementLine line = (StatementLine) row;
        if (Math.abs((double) line.amount().minorUnits()) > TransactionEvent.MAX_AMOUNT_MINOR) {
            // No bank books this much; its event would be refused downstream, so the row is quarantined here.
            return new ImportItem.Rejected(new RejectedRow(line.lineNumber(), "amount", "magnitude above "
                    + TransactionEvent.MAX_AMOUNT_MINOR + " minor units: " + line.amount(), line.rawRecord()));
        }
        StatementIdentities.Identity id = identities.next(line.bookingDate(), line.amount(), line.description());
        LedgerTransaction transaction = new LedgerTransaction(id.transactionId(), userId, accountId, source,
                id.externalId(), TransactionStatus.POSTED, line.bookingDate(), line.valueDate(), line.amount(),
                line.description(), null, null, null, 1);
        return new ImportItem.Accepted(line.lineNumber(), transaction);
    }
}
