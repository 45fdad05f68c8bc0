package dev.banksync.batch.importer.statement;

/**
 * What is wrong with one field of one record; a parser turns it into a {@link RejectedRow}. It has no stack
 * trace because it is an expected outcome and bad files can have thousands.
 */
public final class FieldFault extends RuntimeException {

    private final String field;

    /** @param field the field at fault, as the format names it; null when the whole record is */
    public FieldFault(String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public RejectedRow reject(long lineNumber, String rawRecord) {
        return new RejectedRow(lineNumber, field, getMessage(), rawRecord);
    }
}
