package dev.banksync.batch.importer.mt940;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Groups the fields of an MT940 file into statements and entries: a statement begins with {@code :20:} (or with
 * whatever field comes first in a fragment without one), names its account in {@code :25:}, its currency in the
 * opening balance {@code :60F:}/{@code :60M:}, and ends with a closing balance {@code :62F:}/{@code :62M:}; each
 * {@code :61:} is an entry, described by the {@code :86:} fields after it (a {@code :86:} after the closing
 * balance describes the statement and is not an entry's). A statement that began with {@code :20:} and ends
 * without a closing balance was cut short, which is reported after its entries.
 */
final class Mt940Reader implements Closeable {

    private final Mt940Fields fields;
    private final Deque<Mt940Event> ready = new ArrayDeque<>();
    private Mt940Event.Statement statement;
    private long statementLine;
    private boolean explicitStart;
    private boolean closed;
    private Mt940Fields.Field entry;
    private List<Mt940Fields.Field> details;
    private boolean ended;

    Mt940Reader(Mt940Fields fields) {
        this.fields = fields;
    }

    /** The next event, or null at the end of the file. */
    Mt940Event next() throws IOException {
        while (ready.isEmpty() && !ended) {
            Mt940Fields.Field f = fields.next();
            if (f == null) {
                endStatement("the file ends", fields.lineNumber());
                ended = true;
            } else {
                accept(f);
            }
        }
        return ready.poll();
    }

    private void accept(Mt940Fields.Field f) {
        String tag = f.tag();
        if (tag.equals("20")) {
            endStatement("the next statement begins on line " + f.line(), f.line() - 1);
        }
        if (statement == null) {
            statement = new Mt940Event.Statement(null, null, null, null);
            statementLine = f.line();
            explicitStart = tag.equals("20");
            closed = false;
        }
        String value = f.lines().get(0).strip();
        switch (tag) {
            case "25" -> statement = new Mt940Event.Statement(value, statement.currency(), statement.balanceTag(),
                    statement.balanceValue());
            case "60F", "60M", "60" -> statement = new Mt940Event.Statement(statement.account(),
                    value.length() >= 10 ? value.substring(7, 10) : "", tag, value);
            case "61" -> {
                flushEntry();
                entry = f;
                details = new ArrayList<>();
            }
            case "86" -> {
                if (entry != null) {
                    details.add(f);
                }
            }
            case "62F", "62M", "62" -> {
                flushEntry();
                closed = true;
            }
            default -> {
                // :21:, :28C:, :64:, :65:, :13D:, :34F:, :90D:/:90C:, :NS: carry nothing an entry needs
            }
        }
    }

    private void flushEntry() {
        if (entry != null) {
            ready.add(new Mt940Event.Entry(statement, entry, details));
            entry = null;
        }
    }

    private void endStatement(String why, long line) {
        flushEntry();
        if (statement == null) {
            return;
        }
        if (explicitStart && !closed) {
            ready.add(new Mt940Event.Truncated(line, ":62F:", "the statement that begins on line " + statementLine
                    + " has no closing balance (:62F: or :62M:) before " + why + " (truncated?): its entries up to"
                    + " here were read, any after are missing"));
        }
        ready.add(new Mt940Event.StatementEnd(statement.account()));
        statement = null;
    }

    @Override
    public void close() throws IOException {
        fields.close();
    }
}
