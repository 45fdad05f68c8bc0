package dev.banksync.batch.importer.mt940;

import dev.banksync.batch.importer.statement.RejectedRow;
import dev.banksync.batch.importer.statement.StatementFormatException;
import dev.banksync.batch.importer.statement.StatementOptions;
import dev.banksync.batch.importer.statement.StatementParser;
import dev.banksync.batch.importer.statement.StatementRow;
import dev.banksync.batch.importer.statement.AccountRows;
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
        Mt940Reader reader = reader(file, charset);
        return new AccountRows<>(reader::next, reader, new Events(new Mt940EntryMapper(defaultCurrency)), file,
                options.account());
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

    /** MT940 events: entries of the chosen account become rows, a statement cut short a rejected row. */
    private final class Events implements AccountRows.EventMapper<Mt940Event> {

        private final Mt940EntryMapper mapper;

        Events(Mt940EntryMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public boolean otherAccount(Mt940Event e) {
            return e instanceof Mt940Event.Entry entry && !options.account().includes(entry.statement().account());
        }

        @Override
        public StatementRow row(Mt940Event e) {
            if (e instanceof Mt940Event.Entry entry) {
                return mapper.map(entry);
            }
            if (e instanceof Mt940Event.Truncated cut) {
                return new RejectedRow(cut.line(), cut.field(), cut.reason(), null);
            }
            return null;
        }
    }
}
