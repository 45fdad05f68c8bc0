package dev.banksync.batch.importer.ofx;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The structure of an OFX document that the importer needs — bank and credit-card statements, their account and
 * currency, their transactions — from {@link OfxTokenizer}'s tokens. Structure comes only from the aggregates
 * listed here, which OFX closes even in 1.x SGML; every other element is a value (its text, or "" when it has
 * none). So an unclosed element ({@code <NAME>x}) or an empty one ({@code <MEMO><TRNAMT>…}) can never shift
 * where a transaction begins or ends.
 */
final class OfxReader implements Closeable {

    private static final Set<String> STATEMENTS = Set.of("STMTRS", "CCSTMTRS");
    private static final String TRANSACTION = "STMTTRN";
    private static final Set<String> AGGREGATES = Set.of("OFX", "SIGNONMSGSRSV1", "SONRS", "FI", "STATUS",
            "BANKMSGSRSV1", "CREDITCARDMSGSRSV1", "STMTTRNRS", "CCSTMTTRNRS", "STMTRS", "CCSTMTRS", "BANKACCTFROM",
            "CCACCTFROM", "BANKTRANLIST", "STMTTRN", "PAYEE", "BANKACCTTO", "CCACCTTO", "CURRENCY", "ORIGCURRENCY",
            "LEDGERBAL", "AVAILBAL", "BALLIST", "BAL", "MKTGINFO");

    private final OfxTokenizer tokens;
    private final Deque<String> open = new ArrayDeque<>();
    private final Deque<OfxEvent> ready = new ArrayDeque<>();
    private Map<String, String> statement;
    private Map<String, String> transaction;
    private long transactionLine;
    private String pendingElement;
    private boolean ended;

    OfxReader(OfxTokenizer tokens) {
        this.tokens = tokens;
    }

    /** The next event, or null at the end of the file. */
    OfxEvent next() throws IOException {
        while (ready.isEmpty() && !ended) {
            OfxTokenizer.Token token = tokens.next();
            if (token == null) {
                end();
                ended = true;
            } else {
                switch (token.kind()) {
                    case START -> start(token);
                    case END -> close(token.value());
                    case TEXT -> text(token.value());
                }
            }
        }
        return ready.poll();
    }

    private void start(OfxTokenizer.Token token) {
        String name = token.value();
        pendingElement = null;
        if (!AGGREGATES.contains(name)) {
            Map<String, String> values = transaction != null ? transaction : statement;
            if (values != null) {
                pendingElement = path(name);
                values.putIfAbsent(pendingElement, "");
            }
            return;
        }
        if (STATEMENTS.contains(name)) {
            statement = new LinkedHashMap<>();
        } else if (name.equals(TRANSACTION) && statement != null) {
            transaction = new LinkedHashMap<>();
            transactionLine = token.line();
            tokens.startRecording("<" + TRANSACTION + ">");
        }
        open.push(name);
    }

    private void text(String text) {
        Map<String, String> values = transaction != null ? transaction : statement;
        if (pendingElement != null && values != null) {
            values.put(pendingElement, text);
        }
        pendingElement = null;
    }

    /** An end tag closes its aggregate and whatever is still open inside it; other end tags end a value. */
    private void close(String name) {
        pendingElement = null;
        if (!open.contains(name)) {
            return;
        }
        String closed;
        do {
            closed = open.pop();
            if (closed.equals(TRANSACTION) && transaction != null) {
                ready.add(new OfxEvent.Transaction(account(), currency(), transaction, transactionLine,
                        tokens.stopRecording()));
                transaction = null;
            } else if (STATEMENTS.contains(closed) && statement != null) {
                ready.add(new OfxEvent.StatementEnd(account(), tokens.line()));
                statement = null;
            }
        } while (!closed.equals(name));
    }

    private void end() {
        if (transaction != null) {
            ready.add(new OfxEvent.Truncated(transactionLine, TRANSACTION, "the file ends inside this <STMTTRN>"
                    + " (truncated?): the transaction is incomplete", tokens.stopRecording()));
            transaction = null;
        } else if (!open.isEmpty()) {
            ready.add(new OfxEvent.Truncated(tokens.line(), open.peek(), "the file ends before </" + open.peek()
                    + "> (truncated?): the transactions before this point were read, any after it are missing",
                    null));
        } else if (tokens.endedInsideMarkup()) {
            ready.add(new OfxEvent.Truncated(tokens.line(), null, "the file ends inside a tag (truncated?)", null));
        }
        if (statement != null) {
            ready.add(new OfxEvent.StatementEnd(account(), tokens.line()));
            statement = null;
        }
        open.clear();
    }

    /** {@code NAME} or {@code PAYEE/NAME}: the element's path below the transaction (or statement) it is in. */
    private String path(String name) {
        StringBuilder path = new StringBuilder(name);
        Iterator<String> inner = open.iterator();
        while (inner.hasNext()) {
            String aggregate = inner.next();
            if (aggregate.equals(TRANSACTION) || STATEMENTS.contains(aggregate)) {
                break;
            }
            path.insert(0, aggregate + "/");
        }
        return path.toString();
    }

    private String account() {
        String bank = blankToNull(statement.get("BANKACCTFROM/ACCTID"));
        return bank != null ? bank : blankToNull(statement.get("CCACCTFROM/ACCTID"));
    }

    private String currency() {
        return blankToNull(statement.get("CURDEF"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public void close() throws IOException {
        tokens.close();
    }
}
