package dev.banksync.batch.importer.ofx;

import dev.banksync.batch.importer.statement.RejectedRow;
import dev.banksync.batch.importer.statement.StatementFormatException;
import dev.banksync.batch.importer.statement.StatementOptions;
import dev.banksync.batch.importer.statement.StatementParser;
import dev.banksync.batch.importer.statement.StatementRow;
import dev.banksync.batch.importer.statement.StatementRows;
import dev.banksync.core.money.Money;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads OFX bank and credit-card statements, 1.x (SGML, unclosed elements) and 2.x (XML) alike, with one tolerant
 * tokenizer: real OFX 2 files are often not well-formed XML (an unescaped {@code &}), and reading both versions
 * the same way means no DTD or external entity is ever processed. Opening a file reads its header for the
 * character set, then makes a first pass for the accounts of its statements to apply {@link StatementOptions#account()};
 * the second pass streams the transactions.
 */
public final class OfxStatementParser implements StatementParser {

    private static final Logger log = LoggerFactory.getLogger(OfxStatementParser.class);

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
        return new Rows(reader(file, header), new OfxTransactionMapper(defaultCurrency, header.decoding()), file);
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

    /** The transactions of the chosen account, and a rejection where the file is cut short. */
    private final class Rows implements StatementRows {

        private final OfxReader reader;
        private final OfxTransactionMapper mapper;
        private final Path file;
        private StatementRow next;
        private int passedOver;

        Rows(OfxReader reader, OfxTransactionMapper mapper, Path file) throws IOException {
            this.reader = reader;
            this.mapper = mapper;
            this.file = file;
            advance();
        }

        private void advance() throws IOException {
            next = null;
            while (next == null) {
                OfxEvent e = reader.next();
                if (e == null) {
                    return;
                }
                if (e instanceof OfxEvent.Transaction t) {
                    if (options.account().includes(t.account())) {
                        next = mapper.map(t);
                    } else {
                        passedOver++;
                    }
                } else if (e instanceof OfxEvent.Truncated cut) {
                    next = new RejectedRow(cut.line(), cut.aggregate(), cut.reason(), cut.raw());
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
            try {
                advance();
            } catch (IOException e) {
                throw new StatementFormatException(file.getFileName() + ": cannot read on: " + e.getMessage(), e);
            }
            return row;
        }

        @Override
        public void close() throws IOException {
            if (passedOver > 0) {
                log.info("{}: passed over {} transactions of accounts other than {}", file.getFileName(), passedOver,
                        options.account());
            }
            reader.close();
        }
    }
}
