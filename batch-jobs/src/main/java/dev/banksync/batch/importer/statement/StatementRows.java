package dev.banksync.batch.importer.statement;

import java.io.Closeable;
import java.util.Iterator;

/** The rows of one open statement file, in file order. Close it to release the file. */
public interface StatementRows extends Iterator<StatementRow>, Closeable {
}
