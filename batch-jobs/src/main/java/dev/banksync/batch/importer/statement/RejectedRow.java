package dev.banksync.batch.importer.statement;

import java.util.Objects;

/**
 * A record that could not be accepted: where it is ({@code lineNumber}), which field is at fault (null when the
 * whole record is), and why. It ends up in {@code ops.rejected_records}; nothing is silently dropped.
 */
public record RejectedRow(long lineNumber, String field, String reason, String rawRecord) implements StatementRow {

    public RejectedRow {
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code "line 12"}: the location format of the quarantine. */
    public String location() {
        return "line " + lineNumber;
    }
}
