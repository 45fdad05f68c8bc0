package dev.banksync.batch.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.batch.importer.statement.RejectedRow;
import dev.banksync.batch.importer.statement.StatementLine;
import dev.banksync.batch.ledger.LedgerTransaction;
import dev.banksync.core.event.EventJson;
import dev.banksync.core.event.TransactionEvent;
import dev.banksync.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatementImportProcessorTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 2);

    @Test
    void turnsLinesIntoPostedLedgerTransactionsNumberingRepeats() {
        StatementImportProcessor processor = new StatementImportProcessor("user-1", "acc-1", "file:csv");
        StatementLine coffee = new StatementLine(3, DAY, DAY.plusDays(1), Money.ofMinor(-350, "EUR"), "Coffee", null, "raw");

        LedgerTransaction first = accepted(processor.process(coffee));
        LedgerTransaction second = accepted(processor.process(coffee));

        String fingerprint = StatementIdentities.fingerprint("acc-1", DAY, Money.ofMinor(-350, "EUR"), "Coffee");
        assertThat(first.externalId()).isEqualTo(fingerprint + ":1");
        assertThat(second.externalId()).isEqualTo(fingerprint + ":2");
        assertThat(first.transactionId()).isEqualTo(StatementIdentities.transactionId("acc-1", "file:csv", fingerprint + ":1"));
        assertThat(first).extracting(LedgerTransaction::userId, LedgerTransaction::accountId, LedgerTransaction::source,
                        LedgerTransaction::status, LedgerTransaction::bookingDate, LedgerTransaction::valueDate,
                        LedgerTransaction::amount, LedgerTransaction::description, LedgerTransaction::version)
                .containsExactly("user-1", "acc-1", "file:csv", TransactionEvent.TransactionStatus.POSTED, DAY,
                        DAY.plusDays(1), Money.ofMinor(-350, "EUR"), "Coffee", 1L);
    }

    @Test
    void rejectedRowsPassThroughToTheQuarantine() {
        StatementImportProcessor processor = new StatementImportProcessor("user-1", "acc-1", "file:csv");
        RejectedRow bad = new RejectedRow(7, "Amount", "'x' is not an amount", "2024-01-01,x");

        assertThat(processor.process(bad)).isEqualTo(new ImportItem.Rejected(bad));
    }

    @Test
    void anAbsurdAmountIsQuarantinedNamingTheField() {
        StatementImportProcessor processor = new StatementImportProcessor("user-1", "acc-1", "file:csv");
        StatementLine absurd = new StatementLine(9, DAY, null, Money.ofMinor(-TransactionEvent.MAX_AMOUNT_MINOR - 1,
                "EUR"), "Typo", null, "2024-03-02,-100000000000.01,Typo");

        assertThat(processor.process(absurd)).isInstanceOfSatisfying(ImportItem.Rejected.class, r -> {
            assertThat(r.row().lineNumber()).isEqualTo(9);
            assertThat(r.row().field()).isEqualTo("amount");
            assertThat(r.row().reason()).startsWith("magnitude above 10000000000000 minor units");
            assertThat(r.row().rawRecord()).isEqualTo("2024-03-02,-100000000000.01,Typo");
        });
    }

    @Test
    void theUpsertEventIsAValidContractDocument() {
        StatementImportProcessor processor = new StatementImportProcessor("user-1", "acc-1", "file:csv");
        LedgerTransaction t = accepted(processor.process(
                new StatementLine(2, DAY, null, Money.ofMinor(250000, "EUR"), "Salary", null, "raw")));
        Instant now = Instant.parse("2024-03-02T10:15:30Z");

        TransactionEvent event = EventJson.readTransaction(EventJson.write(t.toUpsertEvent(now)));

        assertThat(event).isEqualTo(new TransactionEvent(t.transactionId() + ":v1", TransactionEvent.EventType.UPSERT,
                t.transactionId(), 1, "user-1", "acc-1", "file:csv", TransactionEvent.TransactionStatus.POSTED, DAY,
                null, 250000L, "EUR", "Salary", null, null, null, now));
    }

    private static LedgerTransaction accepted(ImportItem item) {
        assertThat(item).isInstanceOf(ImportItem.Accepted.class);
        return ((ImportItem.Accepted) item).transaction();
    }
}
