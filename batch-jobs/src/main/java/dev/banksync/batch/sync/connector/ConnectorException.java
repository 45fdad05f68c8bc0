package dev.banksync.batch.sync.connector;

import java.time.Duration;

/**
 * A provider call that did not give a usable page. The kind decides what happens next; the message is for
 * operators (it ends up in {@code ops.sync_runs.error}) and never contains the access token.
 */
public class ConnectorException extends RuntimeException {

    public enum Kind {
        /** 5xx, timeout, dropped connection, malformed body: retry with backoff; counts against the provider. */
        TRANSIENT,
        /** 429: retry after {@link #retryAfter()} (or the backoff when the provider did not say). */
        RATE_LIMITED,
        /** The provider changed the data while we paged: restart from the last committed cursor. */
        MUTATION_DURING_PAGINATION,
        /** The user must re-authenticate (expired or revoked token): the connection waits for them. */
        LOGIN_REQUIRED,
        /** The provider does not know our cursor: an operator must reset it. */
        INVALID_CURSOR,
        /** The provider refused the request for another reason: retrying the same request cannot help. */
        REJECTED,
        /** We stopped calling the provider for now (its circuit is open, or our rate limit gave no permit). */
        PROVIDER_UNAVAILABLE
    }

    private final Kind kind;
    private final Duration retryAfter;

    public ConnectorException(Kind kind, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public ConnectorException(Kind kind, String message) {
        this(kind, message, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** What the provider asked us to wait before retrying; null when it did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Worth repeating the same request after a pause. */
    public boolean isRetryable() {
        return kind == Kind.TRANSIENT || kind == Kind.RATE_LIMITED;
    }

    /** A sign the provider itself is unwell (as opposed to this connection or our pace). */
    public boolean isProviderFailure() {
        return kind == Kind.TRANSIENT;
    }
}
