package dev.banksync.sandbox.api;

/** A request the bank refuses, with the Plaid-style error it answers. */
public final class BankApiException extends RuntimeException {

    private final BankError error;
    private final int status;

    public BankApiException(BankError error, String message) {
        this(error, error.status(), message);
    }

    /** For errors whose HTTP status varies (an injected 502 is still an INTERNAL_SERVER_ERROR). */
    public BankApiException(BankError error, int status, String message) {
        super(message);
        this.error = error;
        this.status = status;
    }

    public BankError error() {
        return error;
    }

    public int status() {
        return status;
    }
}
