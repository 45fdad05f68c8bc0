package dev.banksync.batch.sync.connector.plaid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.batch.sync.connector.ConnectionContext;
import dev.banksync.batch.sync.connector.ConnectorException;
import dev.banksync.batch.sync.connector.ConnectorException.Kind;
import dev.banksync.batch.sync.token.AccessToken;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderErrorsTest {

    private static final String TOKEN = "access-sandbox-secret-123";
    private static final ConnectionContext CONNECTION = new ConnectionContext(7, "u", "sandbox", null,
            AccessToken.of(TOKEN));
    private static final HttpHeaders NONE = HttpHeaders.of(Map.of(), (a, b) -> true);

    @Test
    void eachAnswerBecomesTheKindTheJobActsOn() {
        assertThat(kind(503, "PLANNED_MAINTENANCE")).isEqualTo(Kind.TRANSIENT);
        assertThat(kind(500, "INTERNAL_SERVER_ERROR")).isEqualTo(Kind.TRANSIENT);
        assertThat(kind(400, "ITEM_LOGIN_REQUIRED")).isEqualTo(Kind.LOGIN_REQUIRED);
        assertThat(kind(400, "INVALID_ACCESS_TOKEN")).isEqualTo(Kind.LOGIN_REQUIRED);
        assertThat(kind(400, "TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION")).isEqualTo(Kind.MUTATION_DURING_PAGINATION);
        assertThat(kind(400, "INVALID_CURSOR")).isEqualTo(Kind.INVALID_CURSOR);
        assertThat(kind(400, "INVALID_FIELD")).isEqualTo(Kind.REJECTED);
    }

    @Test
    void aRateLimitCarriesItsRetryAfterInSecondsOrAsADate() {
        ConnectorException seconds = ProviderErrors.of(CONNECTION, 429,
                HttpHeaders.of(Map.of("Retry-After", List.of("2")), (a, b) -> true), body("TRANSACTIONS_SYNC_LIMIT"));
        String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(1));
        ConnectorException date = ProviderErrors.of(CONNECTION, 429,
                HttpHeaders.of(Map.of("Retry-After", List.of(inAMinute)), (a, b) -> true), "");

        assertThat(seconds.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(seconds.retryAfter()).isEqualTo(Duration.ofSeconds(2));
        assertThat(date.retryAfter()).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(61));
        assertThat(ProviderErrors.of(CONNECTION, 429, NONE, "").retryAfter()).isNull();
    }

    @Test
    void whatTheProviderEchoesIsRedactedAndTheConnectionIsNamed() {
        ConnectorException e = ProviderErrors.of(CONNECTION, 400, NONE,
                "{\"error_code\": \"INVALID_ACCESS_TOKEN\", \"error_message\": \"unknown token " + TOKEN + "\"}");

        assertThat(e.getMessage()).doesNotContain(TOKEN).contains("unknown token ***").contains("connection 7");
    }

    private static Kind kind(int status, String code) {
        return ProviderErrors.of(CONNECTION, status, NONE, body(code)).kind();
    }

    private static String body(String code) {
        return "{\"error_type\": \"X\", \"error_code\": \"" + code + "\", \"error_message\": \"m\"}";
    }
}
