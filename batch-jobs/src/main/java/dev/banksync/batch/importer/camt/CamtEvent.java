package dev.banksync.batch.importer.camt;

/** What {@link CamtReader} finds in a camt document, in document order. */
sealed interface CamtEvent {

    /** An entry of a statement (report, notification) of {@code account} (null when it names none). */
    record Entry(String account, CamtEntry entry) implements CamtEvent {
    }

    /** A statement has ended (or the document broke off inside it). */
    record StatementEnd(String account) implements CamtEvent {
    }

    /** The XML breaks off (truncated or malformed): nothing after {@code line} can be read. */
    record Broken(long line, String path, String reason) implements CamtEvent {
    }
}
