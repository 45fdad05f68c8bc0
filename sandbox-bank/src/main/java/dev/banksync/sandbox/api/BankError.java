package dev.banksync.sandbox.api;

/** The sandbox's error codes, shaped like Plaid's: an HTTP status, an {@code error_type} and an {@code error_code}. */
public enum BankError {
    INVALID_BODY(400, "INVALID_REQUEST", "INVALID_BODY"),
    MISSING_FIELDS(400, "INVALID_REQUEST", "MISSING_FIELDS"),
    INVALID_FIELD(400, "INVALID_REQUEST", "INVALID_FIELD"),
    NOT_FOUND(404, "INVALID_REQUEST", "NOT_FOUND"),
    METHOD_NOT_ALLOWED(405, "INVALID_REQUEST", "METHOD_NOT_ALLOWED"),
    INVALID_ACCESS_TOKEN(400, "INVALID_INPUT", "INVALID_ACCESS_TOKEN"),
    INVALID_CURSOR(400, "INVALID_INPUT", "INVALID_CURSOR"),
    UNKNOWN_CONNECTION(404, "INVALID_INPUT", "UNKNOWN_CONNECTION"),
    TRANSACTIONS_SYNC_LIMIT(429, "RATE_LIMIT_EXCEEDED", "TRANSACTIONS_SYNC_LIMIT"),
    ACCOUNTS_LIMIT(429, "RATE_LIMIT_EXCEEDED", "ACCOUNTS_LIMIT"),
    INTERNAL_SERVER_ERROR(500, "API_ERROR", "INTERNAL_SERVER_ERROR"),
    PLANNED_MAINTENANCE(503, "API_ERROR", "PLANNED_MAINTENANCE"),
    ITEM_LOGIN_REQUIRED(400, "ITEM_ERROR", "ITEM_LOGIN_REQUIRED"),
    MUTATION_DURING_PAGINATION(400, "TRANSACTIONS_ERROR", "TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION");

    private final int status;
    private final String type;
    private final String code;

    BankError(int status, String type, String code) {
        this.status = status;
        this.type = type;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String code() {
        return code;
    }
}
