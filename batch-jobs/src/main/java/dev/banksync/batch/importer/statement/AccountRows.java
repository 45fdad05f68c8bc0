package dev.banksync.batch.importer.statement;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rows of one account out of a streamed statement file (OFX, camt, MT940): a one-row look-ahead over the
 * parser's events, where entries of other accounts in a multi-account file are passed over (counted and logged,
 * not quarantined — they belong to other imports) and a break in the file becomes a rejected row.
 *
 * @param <E> the parser's event type
 */
public final class AccountRows<E> implements StatementRows {

    private static final Logger LOG = LoggerFactory.getLogger(AccountRows.class);

    /** Reads the parser's next event, or null at the end of the file. */
    @FunctionalInterface
    public interface EventSource<E> {
        E next() throws IOException;
    }

    /** What one event means for the account being imported. */
    public interface EventMapper<E> {
        /** The row for an event of the chosen account (or a rejected row for a break); null when the event is none. */
        StatementRow row(E event);

        /** True when the event is an entry of another account. */
        boolean otherAccount(E event);
    }

    private final EventSource<E> source;
    private final Closeable reader;
    private final EventMapper<E> mapper;
    private final Path file;
    private final AccountSelector account;
    private StatementRow next;
    private int passedOver;

    public AccountRows(EventSource<E> source, Closeable reader, EventMapper<E> mapper, Path file,
                       AccountSelector account) throws IOException {
        this.source = source;
        this.reader = reader;
        this.mapper = mapper;
        this.file = file;
        this.account = account;
        advance();
    }

    private void advance() throws IOException {
        next = null;
        while (next == null) {
            E event = source.next();
            if (event == null) {
                return;
            }
            if (mapper.otherAccount(event)) {
                passedOver++;
            } else {
                next = mapper.row(event);
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
            LOG.info("{}: passed over {} entries of accounts other than {}", file.getFileName(), passedOver, account);
        }
        reader.close();
    }
}
