package dev.banksync.batch.importer.camt;

import dev.banksync.batch.importer.statement.RejectedRow;
import dev.banksync.batch.importer.statement.StatementFormatException;
import dev.banksync.batch.importer.statement.StatementOptions;
import dev.banksync.batch.importer.statement.StatementParser;
import dev.banksync.batch.importer.statement.StatementRow;
import dev.banksync.batch.importer.statement.StatementRows;
import dev.banksync.core.money.Money;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads ISO 20022 bank-to-customer cash management messages: camt.053 statements, and with the same code camt.052
 * account reports and camt.054 debit/credit notifications, versions .001.02 to .001.08 (elements are matched by
 * local name, so the namespace, and thus the version, does not matter). Opening a file makes a first streaming
 * pass for the account of each statement, to apply {@link StatementOptions#account()}; the second pass streams
 * the entries. A document that breaks off (truncated, malformed) keeps the entries before the break and reports
 * the break as a rejected row where it happened.
 */
public final class CamtStatementParser implements StatementParser {

    private static final Logger log = LoggerFactory.getLogger(CamtStatementParser.class);

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
        return new Rows(new CamtReader(source), new CamtEntryMapper(defaultCurrency, source.decoding()), file);
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

    /** The entries of the chosen account, and a rejection where the document breaks off. */
    private final class Rows implements StatementRows {

        private final CamtReader reader;
        private final CamtEntryMapper mapper;
        private final Path file;
        private StatementRow next;
        private int passedOver;

        Rows(CamtReader reader, CamtEntryMapper mapper, Path file) {
            this.reader = reader;
            this.mapper = mapper;
            this.file = file;
            advance();
        }

        private void advance() {
            next = null;
            while (next == null) {
                CamtEvent e = reader.next();
                if (e == null) {
                    return;
                }
                if (e instanceof CamtEvent.Entry entry) {
                    if (options.account().includes(entry.account())) {
                        next = mapper.map(entry.entry());
                    } else {
                        passedOver++;
                    }
                } else if (e instanceof CamtEvent.Broken broken) {
                    next = new RejectedRow(broken.line(), broken.path(), broken.reason(), null);
                }
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public StatementRow next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            StatementRow row = next;
            advance();
            return row;
        }

        @Override
        public void close() throws IOException {
            if (passedOver > 0) {
                log.info("{}: passed over {} entries of accounts other than {}", file.getFileName(), passedOver,
                        options.account());
            }
            reader.close();
        }
    }
}
