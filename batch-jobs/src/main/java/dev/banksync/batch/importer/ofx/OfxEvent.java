package dev.banksync.batch.importer.ofx;

import java.util.Map;

/** What {@link OfxReader} finds in an OFX file, in file order. */
sealed interface OfxEvent {

    /**
     * One {@code <STMTTRN>} of a bank or credit-card statement.
     *
     * @param account  the statement's ACCTID, null when it names none
     * @param currency the statement's CURDEF as written, null when absent
     * @param fields   element values by path inside the transaction ({@code TRNAMT}, {@code PAYEE/NAME},
     *                 {@code CURRENCY/CURSYM}); an element present but empty maps to ""
     */
    record Transaction(String account, String currency, Map<String, String> fields, long line, String raw)
            implements OfxEvent {
    }

    /** A statement ({@code <STMTRS>} or {@code <CCSTMTRS>}) has ended, or the file ended inside it. */
    record StatementEnd(String account, long line) implements OfxEvent {
    }

    /** The file ends before an aggregate it opened is closed: what is inside is incomplete. */
    record Truncated(long line, String aggregate, String reason, String raw) implements OfxEvent {
    }
}
