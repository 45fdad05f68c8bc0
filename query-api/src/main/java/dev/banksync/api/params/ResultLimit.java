package dev.banksync.api.params;

/**
 * How many rows one list request may return: {@value #DEFAULT} unless the caller asks for 1..{@value #MAX}. Lists are
 * bounded so that one request can never make the API read a user's whole history into memory.
 */
public final class ResultLimit {

    public static final int DEFAULT = 100;
    public static final int MAX = 1000;

    private ResultLimit() {
    }

    /** The {@code limit} parameter, checked; {@code null} means the default. */
    public static int of(Integer requested) {
        if (requested == null) {
            return DEFAULT;
        }
        if (requested < 1 || requested > MAX) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX + ", was " + requested);
        }
        return requested;
    }
}
