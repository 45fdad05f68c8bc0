package dev.banksync.batch.importer.ofx;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Reads OFX bank and credit-card statements, 1.x (SGML, unclosed elements) and 2.x (XML) alike, with one tolerant
 * tokenizer: real OFX 2 files are often not well-formed XML (an unescaped {@code &}), and reading both versions
 * the same way means no DTD or external entity is ever processed. Opening a file reads its header for the
 * character set, then makes a first pass for the accounts of its statements to apply {@link StatementOptions#account()};
 * the second pass streams the transactions.
 */
public final class OfxStatementParser implements StatementParser {

    private final StatementOptions options;
    private final Currency defaultCurrency;

    /** @param defaultCurrency for statements without CURDEF; may be null */
    public OfxStatementParser(StatementOptions options, String defaultCurrency) {
        this.options = options;
        this.defaultCurrency = defaultCurrency == null || defaultCurrency.isBlank() ? null : Money.currency(defaultCurrency);
    }

    @Override
    public StatementRows open(Path file) throws IOException {
        OfxHeader header = OfxHeader.read(file, options.charset());
        options.account().check(file.getFileName().toString(), accounts(file, header));
        OfxReader reader = reader(file, header);
        return new AccountRows<>(reader::next, reader,
                new Events(new OfxTransactionMapper(defaultCurrency, header.decoding())), file, options.account());
    }

    /** The account (ACCTID) of each statement in the file, in file order; null for one that names none. */
    public List<String> accounts(Path file) throws IOException {
        return accounts(file, OfxHeader.read(file, options.charset()));
    }

    private List<String> accounts(Path file, OfxHeader header) throws IOException {
        List<String> accounts = new ArrayList<>();
        try (OfxReader reader = reader(file, header)) {
            for (OfxEvent e = reader.next(); e != null; e = reader.next()) {
                if (e instanceof OfxEvent.StatementEnd end) {
                    accounts.add(end.account());
                }
            }
        }
        if (accounts.isEmpty()) {
            throw new StatementFormatException(file.getFileName() + " holds no bank or credit-card statement"
                    + " (<STMTRS> or <CCSTMTRS>)");
        }
        return accounts;
    }

    private static OfxReader reader(Path file, OfxHeader header) throws IOException {
        return new OfxReader(new OfxTokenizer(Files.newBufferedReader(file, header.decoding().charset())));
    }

    /** OFX events: transactions of the chosen account become rows, a file cut short a rejected row. */
    private final class Events implements AccountRows.EventMapper<OfxEvent> {

        private final OfxTransactionMapper mapper;

        Events(OfxTransactionMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public boolean otherAccount(OfxEvent e) {
            return e instanceof OfxEvent.Transaction t && !options.account().includes(t.account());
        }

        @Override
        public StatementRow row(OfxEvent e) {
            if (e instanceof OfxEvent.Transaction t) {
                return mapper.map(t);
            }
            if (e instanceof OfxEvent.Truncated cut) {
                return new RejectedRow(cut.line(), cut.aggregate(), cut.reason(), cut.raw());
            }
            return null;
        }
    }
}
