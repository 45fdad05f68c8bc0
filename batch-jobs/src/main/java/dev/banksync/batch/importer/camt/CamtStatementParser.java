package dev.banksync.batch.importer.camt;

import dev.banksync.batch.importer.statement.RejectedRow;
import dev.banksync.batch.importer.statement.StatementFormatException;
import dev.banksync.batch.importer.statement.StatementOptions;
import dev.banksync.batch.importer.statement.StatementParser;
import dev.banksync.batch.importer.statement.StatementRow;
import dev.banksync.batch.importer.statement.AccountRows;
import dev.banksync.batch.importer.statement.StatementRow;
import dev.banksync.batch.importer.statement.StatementRows;
import dev.banksync.core.money.Money;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Reads ISO 20022 bank-to-customer cash management messages: camt.053 statements, and with the same code camt.052
 * account reports and camt.054 debit/credit notifications, versions .001.02 to .001.08 (elements are matched by
 * local name, so the namespace, and thus the version, does not matter). Opening a file makes a first streaming
 * pass for the account of each statement, to apply {@link StatementOptions#account()}; the second pass streams
 * the entries. A document that breaks off (truncated, malformed) keeps the entries before the break and reports
 * the break as a rejected row where it happened.
 */
public final class CamtStatementParser implements StatementParser {

    private final StatementOptions options;
    private final Currency defaultCurrency;

    /** @param defaultCurrency for entries whose amount and account give no currency; may be null */
    public CamtStatementParser(StatementOptions options, String defaultCurrency) {
        this.options = options;
        this.defaultCurrency = defaultCurrency == null || defaultCurrency.isBlank() ? null : Money.currency(defaultCurrency);
    }

    @Override
    public StatementRows open(Path file) throws IOException {
        CamtSource source = CamtSource.of(file, options.charset());
        options.account().check(file.getFileName().toString(), accounts(source));
        CamtReader reader = new CamtReader(source);
        return new AccountRows<>(reader::next, reader,
                new Events(new CamtEntryMapper(defaultCurrency, source.decoding())), file, options.account());
    }

    /** The account (IBAN, else other id) of each statement in the file, in file order; null for one that names none. */
    public List<String> accounts(Path file) throws IOException {
        return accounts(CamtSource.of(file, options.charset()));
    }

    private static List<String> accounts(CamtSource source) throws IOException {
        List<String> accounts = new ArrayList<>();
        try (CamtReader reader = new CamtReader(source)) {
            for (CamtEvent e = reader.next(); e != null; e = reader.next()) {
                if (e instanceof CamtEvent.StatementEnd end) {
                    accounts.add(end.account());
                } else if (e instanceof CamtEvent.Broken broken && broken.path() == null && accounts.isEmpty()) {
                    throw new StatementFormatException(source.file().getFileName() + " line " + broken.line()
                            + ": " + broken.reason().replace("; the entries before it were read", ""));
                }
            }
        }
        if (accounts.isEmpty()) {
            throw new StatementFormatException(source.file().getFileName() + " holds no statement, report or"
                    + " notification (<Stmt>, <Rpt> or <Ntfctn>)");
        }
        return accounts;
    }

    /** camt events: entries of the chosen account become rows, a break in the file a rejected row. */
    private final class Events implements AccountRows.EventMapper<CamtEvent> {

        private final CamtEntryMapper mapper;

        Events(CamtEntryMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public boolean otherAccount(CamtEvent e) {
            return e instanceof CamtEvent.Entry entry && !options.account().includes(entry.account());
        }

        @Override
        public StatementRow row(CamtEvent e) {
            if (e instanceof CamtEvent.Entry entry) {
                return mapper.map(entry.entry());
            }
            if (e instanceof CamtEvent.Broken broken) {
                return new RejectedRow(broken.line(), broken.path(), broken.reason(), null);
            }
            return null;
        }
    }
}
