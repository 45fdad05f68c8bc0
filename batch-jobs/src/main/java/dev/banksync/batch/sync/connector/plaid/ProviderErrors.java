package dev.banksync.batch.sync.connector.plaid;

import com.fasterxml.jackson.databind.JsonNode;
import dev.banksync.batch.sync.connector.ConnectionContext;
import dev.banksync.batch.sync.connector.ConnectorException;
import dev.banksync.batch.sync.connector.ConnectorException.Kind;
import dev.banksync.batch.sync.token.AccessToken;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a Plaid-style error answer ({@code {"error_type", "error_code", "error_message"}} with an HTTP status)
 * into the {@link ConnectorException} kind the job acts on. Whatever the provider wrote is passed through
 * {@link AccessToken#redactFrom} before it becomes part of a message.
 */
final class ProviderErrors {

    private static final Set<String> LOGIN_REQUIRED = Set.of("ITEM_LOGIN_REQUIRED", "INVALID_ACCESS_TOKEN",
            "ACCESS_NOT_GRANTED", "ITEM_NOT_FOUND");

    private ProviderErrors() {
    }

    static ConnectorException of(ConnectionContext connection, int status, HttpHeaders headers, String body) {
        AccessToken token = connection.token();
        String code = "";
        String message = "";
        try {
            JsonNode error = PlaidStyleJson.MAPPER.readTree(body);
            code = error.path("error_code").asText("");
            message = error.path("error_message").asText("");
        } catch (IOException | RuntimeException e) {
            message = body.length() > 200 ? body.substring(0, 200) + "…" : body;
        }
        String text = token.redactFrom(connection.provider() + " answered HTTP " + status + " for " + connection
                + (code.isEmpty() ? "" : ": " + code) + (message.isEmpty() ? "" : ": " + message));
        if (status == 429) {
            return new ConnectorException(Kind.RATE_LIMITED, text, retryAfter(headers).orElse(null), null);
        }
        if (status >= 500) {
            return new ConnectorException(Kind.TRANSIENT, text);
        }
        if (LOGIN_REQUIRED.contains(code)) {
            return new ConnectorException(Kind.LOGIN_REQUIRED, text);
        }
        return switch (code) {
            case "TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION" ->
                    new ConnectorException(Kind.MUTATION_DURING_PAGINATION, text);
            case "INVALID_CURSOR" -> new ConnectorException(Kind.INVALID_CURSOR, text);
            default -> new ConnectorException(Kind.REJECTED, text);
        };
    }

    /** {@code Retry-After} as delay-seconds or as an HTTP date (RFC 9110 allows both). */
    static Optional<Duration> retryAfter(HttpHeaders headers) {
        return headers.firstValue("Retry-After").map(String::strip).flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
            } catch (NumberFormatException notSeconds) {
                try {
                    Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                    Duration wait = Duration.between(Instant.now(), at);
                    return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
                } catch (DateTimeParseException notADate) {
                    return Optional.empty();
                }
            }
        });
    }
}
