package dev.banksync.batch.importer.mt940;

import dev.banksync.batch.importer.statement.RejectedRow;
import dev.banksync.batch.importer.statement.StatementFormatException;
import dev.banksync.batch.importer.statement.StatementOptions;
import dev.banksync.batch.importer.statement.StatementParser;
import dev.banksync.batch.importer.statement.StatementRow;
import dev.banksync.batch.importer.statement.StatementRows;
import dev.banksync.batch.importer.statement.TextDecoding;
import dev.banksync.core.money.Money;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads SWIFT MT940 customer statements and the common bank dialects (see {@link Mt940Fields},
 * {@link Mt940Entry}, {@link Mt940Details}). MT940 declares no character set: the profile may name one, else the
 * file is read as UTF-8 when it is valid UTF-8 and as windows-1252 otherwise. Opening a file makes a first pass for
 * the {@code :25:} account of each statement, to apply {@link StatementOptions#account()}; the second pass streams
 * the entries.
 */
public final class Mt940StatementParser implements StatementParser {

    private static final Logger log = LoggerFactory.getLogger(Mt940StatementParser.class);

    private final StatementOptions options;
    private final Currency defaultCurrency;

    /** @param defaultCurrency for statements without an opening balance; may be null */
    public Mt940StatementParser(StatementOptions options, String defaultCurrency) {
        this.options = options;
        this.defaultCurrency = defaultCurrency == null || defaultCurrency.isBlank() ? null : Money.currency(defaultCurrency);
    }

    @Override
    public StatementRows open(Path file) throws IOException {
        Charset charset = charset(file);
        options.account().check(file.getFileName().toString(), accounts(file, charset));
        return new Rows(reader(file, charset), new Mt940EntryMapper(defaultCurrency), file);
    }

    /** The {@code :25:} account of each statement in the file, in file order; null for one that names none. */
    public List<String> accounts(Path file) throws IOException {
        return accounts(file, charset(file));
    }

    private List<String> accounts(Path file, Charset charset) throws IOException {
        List<String> accounts = new ArrayList<>();
        try (Mt940Reader reader = reader(file, charset)) {
            for (Mt940Event e = reader.next(); e != null; e = reader.next()) {
                if (e instanceof Mt940Event.StatementEnd end) {
                    accounts.add(end.account());
                }
            }
        }
        if (accounts.isEmpty()) {
            throw new StatementFormatException(file.getFileName() + " holds no MT940 field (:20:, :25:, :61:…):"
                    + " it is empty or not an MT940 file");
        }
        return accounts;
    }

    private Charset charset(Path file) throws IOException {
        if (options.charset() != null) {
            return options.charset();
        }
        Charset sniffed = TextDecoding.sniff(file).charset();
        log.debug("{}: reading as {}", file.getFileName(), sniffed);
        return sniffed;
    }

    private static Mt940Reader reader(Path file, Charset charset) throws IOException {
        return new Mt940Reader(new Mt940Fields(Files.newBufferedReader(file, charset)));
    }

    /** The entries of the chosen account, and a rejection where a statement is cut short. */
    private final class Rows implements StatementRows {

        private final Mt940Reader reader;
        private final Mt940EntryMapper mapper;
        private final Path file;
        private StatementRow next;
        private int passedOver;

        Rows(Mt940Reader reader, Mt940EntryMapper mapper, Path file) throws IOException {
            this.reader = reader;
            this.mapper = mapper;
            this.file = file;
            advance();
        }

        private void advance() throws IOException {
            next = null;
            while (next == null) {
                Mt940Event e = reader.next();
                if (e == null) {
                    return;
                }
                if (e instanceof Mt940Event.Entry entry) {
                    if (options.account().includes(entry.statement().account())) {
                        next = mapper.map(entry);
                    } else {
                        passedOver++;
                    }
                } else if (e instanceof Mt940Event.Truncated cut) {
                    next = new RejectedRow(cut.line(), cut.field(), cut.reason(), null);
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
                log.info("{}: passed over {} entries of accounts other than {}", file.getFileName(), passedOver,
                        options.account());
            }
            reader.close();
        }
    }
}
