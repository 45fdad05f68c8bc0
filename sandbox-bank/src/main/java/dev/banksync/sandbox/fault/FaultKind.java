package dev.banksync.sandbox.fault;

import java.time.Duration;

/** The failures the sandbox can inject into the provider endpoints ({@code /transactions/sync}, {@code /accounts/get}). */
public enum FaultKind {
    /** HTTP 429 with a {@code Retry-After} header (seconds). */
    RATE_LIMIT(Duration.ZERO),
    /** HTTP 500 (or the rule's status: 502, 503, 504) with an API_ERROR body. */
    SERVER_ERROR(Duration.ZERO),
    /** The normal answer, after a delay (default 1.5 s). */
    SLOW(Duration.ofMillis(1500)),
    /** No answer for the delay (default 30 s), then the connection is closed without a response. */
    TIMEOUT(Duration.ofSeconds(30)),
    /** HTTP 200 whose JSON body is cut off halfway. */
    MALFORMED_JSON(Duration.ZERO),
    /** HTTP 400 ITEM_ERROR / ITEM_LOGIN_REQUIRED: the user must re-authenticate. */
    EXPIRED_TOKEN(Duration.ZERO),
    /**
     * HTTP 400 TRANSACTIONS_ERROR / TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION, only on a sync whose cursor is
     * in the middle of a pagination loop: the client must restart from the cursor it last committed.
     */
    MUTATION_DURING_PAGINATION(Duration.ZERO);

    private final Duration defaultDelay;

    FaultKind(Duration defaultDelay) {
        this.defaultDelay = defaultDelay;
    }

    public Duration defaultDelay() {
        return defaultDelay;
    }
}
