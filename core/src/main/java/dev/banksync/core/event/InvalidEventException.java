package dev.banksync.core.event;

/** An event that cannot be read or violates the contract; {@link #field()} names the offending JSON field. */
public class InvalidEventException extends IllegalArgumentException {

    private final String field;

    public InvalidEventException(String field, String message) {
        this(field, message, null);
    }

    public InvalidEventException(String field, String message, Throwable cause) {
        super((field == null ? "" : "field '" + field + "': ") + message, cause);
        this.field = field;
    }

    /** The JSON field at fault, or {@code null} when the document itself is unreadable. */
    public String field() {
        return field;
    }
}
