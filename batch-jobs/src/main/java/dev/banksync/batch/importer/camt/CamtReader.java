package dev.banksync.batch.importer.camt;

import dev.banksync.batch.importer.statement.StatementFormatException;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the entries out of a camt.052 ({@code BkToCstmrAcctRpt/Rpt}), camt.053 ({@code BkToCstmrStmt/Stmt}) or
 * camt.054 ({@code BkToCstmrDbtCdtNtfctn/Ntfctn}) document of any version, by local names (namespace-agnostic).
 * Only one entry is held in memory at a time, so a 100 MB file streams in constant memory; an entry keeps at most
 * {@value #DETAIL_LIMIT} transaction details (a batch booking can list thousands; the description needs a few).
 */
final class CamtReader implements Closeable {

    static final int DETAIL_LIMIT = 100;
    private static final Set<String> MESSAGES = Set.of("BkToCstmrStmt", "BkToCstmrAcctRpt", "BkToCstmrDbtCdtNtfctn");
    private static final Set<String> STATEMENTS = Set.of("Stmt", "Rpt", "Ntfctn");
    private static final String DETAIL = "NtryDtls/TxDtls";

    private final CamtSource.Pass pass;
    private final XMLStreamReader xml;
    private final String fileName;
    private final Deque<String> path = new ArrayDeque<>();
    private final Deque<CamtEvent> ready = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int messageDepth = -1;
    private String statement;
    private int statementIndex;
    private int entryIndex;
    private Map<String, String> statementValues;
    private Map<String, List<String>> entry;
    private List<Map<String, List<String>>> details;
    private long entryLine;
    private boolean leaf;
    private boolean ended;

    CamtReader(CamtSource source) throws IOException {
        this.pass = source.open();
        this.xml = pass.xml();
        this.fileName = source.file().getFileName().toString();
    }

    /** The next event, or null at the end of the document. */
    CamtEvent next() {
        while (ready.isEmpty() && !ended) {
            try {
                if (!xml.hasNext()) {
                    ended = true;
                    break;
                }
                switch (xml.next()) {
                    case XMLStreamConstants.DTD -> throw new StatementFormatException(fileName + ": DOCTYPE"
                            + " declarations are refused in camt files (they could pull in external entities)");
                    case XMLStreamConstants.START_ELEMENT -> start(xml.getLocalName());
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(xml.getText());
                    case XMLStreamConstants.END_ELEMENT -> end();
                    default -> { }
                }
            } catch (XMLStreamException e) {
                broken(e);
            }
        }
        return ready.poll();
    }

    private void start(String name) {
        int depth = path.size();
        if (depth == 0) {
            messageDepth = MESSAGES.contains(name) ? 0 : name.equals("Document") ? 1 : -1;
            requireStatementDocument(name);
        } else if (depth == messageDepth && messageDepth == 1) {
            requireStatementDocument(name);
        }
        path.push(name);
        text.setLength(0);
        leaf = true;
        if (depth == messageDepth + 1 && STATEMENTS.contains(name)) {
            statement = name;
            statementIndex++;
            entryIndex = 0;
            statementValues = new LinkedHashMap<>();
        } else if (statement != null && depth == messageDepth + 2 && name.equals("Ntry")) {
            entryIndex++;
            entry = new LinkedHashMap<>();
            details = new ArrayList<>();
            entryLine = xml.getLocation().getLineNumber();
        } else if (entry != null && name.equals("Amt")) {
            String currency = xml.getAttributeValue(null, "Ccy");
            if (currency != null) {
                store(relative() + "/@Ccy", currency);
            }
        }
        if (entry != null && relative().equals(DETAIL) && details.size() <= DETAIL_LIMIT) {
            details.add(new LinkedHashMap<>());
        }
    }

    private void end() {
        if (leaf && text.length() > 0) {
            String value = text.toString().strip();
            if (entry != null) {
                store(relative(), value);
            } else if (statementValues != null) {
                statementValues.putIfAbsent(relative(), value);
            }
        }
        leaf = false;
        text.setLength(0);
        int depth = path.size() - 1;
        String name = path.pop();
        if (entry != null && depth == messageDepth + 2 && name.equals("Ntry")) {
            String at = statement + "[" + statementIndex + "]/Ntry[" + entryIndex + "]";
            ready.add(new CamtEvent.Entry(account(), new CamtEntry(at, entryLine, statementValues.get("Acct/Ccy"),
                    entry, details.size() > DETAIL_LIMIT ? details.subList(0, DETAIL_LIMIT) : details)));
            entry = null;
        } else if (statementValues != null && depth == messageDepth + 1) {
            ready.add(new CamtEvent.StatementEnd(account()));
            statementValues = null;
            statement = null;
        }
    }

    /** A value below the entry, or below its current transaction detail. */
    private void store(String relative, String value) {
        Map<String, List<String>> target = entry;
        String key = relative;
        if (relative.startsWith(DETAIL + "/") && !details.isEmpty()) {
            target = details.get(details.size() - 1);
            key = relative.substring(DETAIL.length() + 1);
        }
        if (target == entry || details.size() <= DETAIL_LIMIT) {
            target.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
    }

    /** The current element's path below the entry (inside one) or the statement, e.g. {@code BookgDt/Dt}. */
    private String relative() {
        List<String> names = new ArrayList<>(path);
        int below = messageDepth + (entry != null ? 3 : 2);
        StringBuilder sb = new StringBuilder();
        for (int i = names.size() - 1 - below; i >= 0; i--) {
            sb.append(sb.length() == 0 ? "" : "/").append(names.get(i));
        }
        return sb.toString();
    }

    private String account() {
        String iban = statementValues.get("Acct/Id/IBAN");
        return iban != null ? iban : statementValues.get("Acct/Id/Othr/Id");
    }

    private void requireStatementDocument(String name) {
        boolean document = path.isEmpty() ? messageDepth >= 0 : MESSAGES.contains(name);
        if (!document) {
            throw new StatementFormatException(fileName + ": not a camt.052/053/054 bank-to-customer statement:"
                    + " found <" + name + "> where <Document> and one of " + MESSAGES + " belong");
        }
    }

    private void broken(XMLStreamException e) {
        long line = e.getLocation() != null ? e.getLocation().getLineNumber() : xml.getLocation().getLineNumber();
        String where = entry != null ? statement + "[" + statementIndex + "]/Ntry[" + entryIndex + "]"
                : statement != null ? statement + "[" + statementIndex + "]" : null;
        ready.add(new CamtEvent.Broken(line, where, "the XML breaks off here (" + CamtSource.message(e) + "): the"
                + " file is truncated or malformed and nothing after this point can be read; the entries before it"
                + " were read" + (entry != null ? ", this one is incomplete" : "")));
        if (statementValues != null) {
            ready.add(new CamtEvent.StatementEnd(account()));
        }
        ended = true;
    }

    @Override
    public void close() throws IOException {
        pass.close();
    }
}
