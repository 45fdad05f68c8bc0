package dev.banksync.batch.importer.statement;

/** The file as a whole cannot be read (as opposed to one bad row, which is rejected and skipped). */
public class StatementFormatException extends RuntimeException {

    public StatementFormatException(String message) {
        super(message);
    }

    public StatementFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
