package dev.banksync.batch.importer.statement;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one statement file format (CSV today; OFX, camt.053 and MT940 are further implementations). A parser
 * rejects bad rows one by one and throws {@link StatementFormatException} only when the file as a whole cannot be
 * understood (no header, ambiguous date format, unreadable quoting).
 */
public interface StatementParser {

    StatementRows open(Path file) throws IOException;
}
