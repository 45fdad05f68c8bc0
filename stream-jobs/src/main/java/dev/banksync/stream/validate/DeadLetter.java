package dev.banksync.stream.validate;

import dev.banksync.core.event.InvalidEventException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * An event the job could not accept, as published on {@code banksync.transactions.dlq.v1}: why ({@code reason}
 * names the field when one is at fault), which JSON {@code field} (null when the document itself is unreadable),
 * the raw record value as received (decoded as UTF-8) and when the job rejected it.
 */
public record DeadLetter(String reason, String field, String rawValue, Instant failedAt) {

    public static DeadLetter of(InvalidEventException error, byte[] rawValue, Instant failedAt) {
        return new DeadLetter(error.getMessage(), error.field(),
                new String(rawValue, StandardCharsets.UTF_8), failedAt);
    }
}
