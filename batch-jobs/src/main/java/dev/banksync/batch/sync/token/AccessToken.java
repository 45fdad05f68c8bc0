package dev.banksync.batch.sync.token;

import java.util.Objects;

/**
 * A provider access token in the clear, in memory only. It prints as {@code AccessToken[***]} wherever it ends
 * up (logs, exception messages, debuggers' summaries); the secret leaves only through {@link #reveal()}, which a
 * connector calls when it builds a request.
 */
public final class AccessToken {

    private final String secret;

    private AccessToken(String secret) {
        this.secret = secret;
    }

    public static AccessToken of(String secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.isBlank()) {
            throw new IllegalArgumentException("an access token must not be blank");
        }
        return new AccessToken(secret);
    }

    /** The secret itself: for the request that needs it, never for a log line or a message. */
    public String reveal() {
        return secret;
    }

    /** Replaces every occurrence of this token in {@code text} (say, an error body the provider echoed). */
    public String redactFrom(String text) {
        return text == null ? null : text.replace(secret, "***");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccessToken other && secret.equals(other.secret);
    }

    @Override
    public int hashCode() {
        return secret.hashCode();
    }

    @Override
    public String toString() {
        return "AccessToken[***]";
    }
}
