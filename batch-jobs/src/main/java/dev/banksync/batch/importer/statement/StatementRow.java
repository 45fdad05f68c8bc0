package dev.banksync.batch.importer.statement;

/**
 * One data record of a statement file, as a parser saw it: either a usable {@link StatementLine} or a
 * {@link RejectedRow} saying where and why it could not be read. Bad rows are data, not exceptions, so one bad
 * line never stops the rest of the file.
 */
public sealed interface StatementRow permits StatementLine, RejectedRow {

    /** The physical line of the file where the record starts (1-based; the header is usually line 1). */
    long lineNumber();

    /** The record as it appeared in the file, for the quarantine. */
    String rawRecord();
}
