package dev.banksync.sandbox;

import static dev.banksync.sandbox.SandboxHttpApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.banksync.sandbox.api.Json;
import dev.banksync.sandbox.connection.Connection;
import dev.banksync.sandbox.fault.FaultKind;
import dev.banksync.sandbox.fault.FaultRule;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each fault kind answers with the documented status, headers and body. */
class ProviderFaultsHttpTest {

    private static SandboxBank bank;
    private static SandboxClient client;
    private static Connection conn;
    private static Connection other;

    @BeforeAll
    static void start() {
        bank = SandboxBank.start(SandboxConfig.defaults().withUsers(3));
        client = new SandboxClient(bank.baseUrl());
        conn = bank.connections().get(0);
        other = bank.connections().get(1);
    }

    @AfterEach
    void clearFaults() {
        bank.faults().clear();
    }

    @AfterAll
    static void stop() {
        bank.close();
    }

    @Test
    void rate_limit_is_a_429_with_retry_after_on_both_endpoints() throws Exception {
        bank.faults().add(FaultRule.of(FaultKind.RATE_LIMIT).withRetryAfter(3).times(2));

        SandboxClient.Response sync = syncRequest(conn, null, 10);
        assertError(sync, 429, "TRANSACTIONS_SYNC_LIMIT");
        assertThat(sync.json().get("error_type").asText()).isEqualTo("RATE_LIMIT_EXCEEDED");
        assertThat(sync.headers().firstValue("Retry-After")).hasValue("3");
        assertError(client.post("/accounts/get", Map.of("access_token", conn.accessToken())), 429, "ACCOUNTS_LIMIT");
        assertThat(syncRequest(conn, null, 10).status()).isEqualTo(200);
    }

    @Test
    void server_errors_carry_the_configured_status() throws Exception {
        bank.faults().add(FaultRule.of(FaultKind.SERVER_ERROR).times(1));
        bank.faults().add(FaultRule.of(FaultKind.SERVER_ERROR).withStatus(503).times(1));

        SandboxClient.Response first = syncRequest(conn, null, 10);
        assertError(first, 500, "INTERNAL_SERVER_ERROR");
        assertThat(first.json().get("error_type").asText()).isEqualTo("API_ERROR");
        assertError(syncRequest(conn, null, 10), 503, "PLANNED_MAINTENANCE");
        assertThat(syncRequest(conn, null, 10).status()).isEqualTo(200);
    }

    @Test
    void an_expired_token_is_item_login_required_for_that_connection_only() throws Exception {
        bank.faults().add(FaultRule.of(FaultKind.EXPIRED_TOKEN).forConnection(conn.connectionId()));

        SandboxClient.Response refused = syncRequest(conn, null, 10);
        assertError(refused, 400, "ITEM_LOGIN_REQUIRED");
        assertThat(refused.json().get("error_type").asText()).isEqualTo("ITEM_ERROR");
        assertError(client.post("/accounts/get", Map.of("access_token", conn.accessToken())), 400,
                "ITEM_LOGIN_REQUIRED");
        assertThat(syncRequest(other, null, 10).status()).isEqualTo(200);
    }

    @Test
    void malformed_json_is_a_200_whose_body_does_not_parse() throws Exception {
        bank.faults().add(FaultRule.of(FaultKind.MALFORMED_JSON).times(1));

        SandboxClient.Response garbled = syncRequest(conn, null, 10);
        assertThat(garbled.status()).isEqualTo(200);
        assertThatThrownBy(() -> Json.mapper().readTree(garbled.body())).isInstanceOf(JsonProcessingException.class);
        assertThat(syncRequest(conn, null, 10).body()).startsWith(garbled.body());
    }

    @Test
    void a_slow_answer_outlasts_a_short_client_timeout_and_otherwise_arrives_intact() throws Exception {
        String healthy = syncRequest(conn, null, 10).body();
        bank.faults().add(FaultRule.of(FaultKind.SLOW).withDelay(Duration.ofSeconds(5)).times(1));
        assertThatThrownBy(() -> client.post("/transactions/sync", syncBody(conn, null, 10), Duration.ofMillis(200)))
                .isInstanceOf(HttpTimeoutException.class);

        bank.faults().add(FaultRule.of(FaultKind.SLOW).withDelay(Duration.ofMillis(100)).times(1));
        SandboxClient.Response slow = syncRequest(conn, null, 10);
        assertThat(slow.status()).isEqualTo(200);
        assertThat(slow.body()).isEqualTo(healthy);
    }

    @Test
    void a_timeout_hangs_and_then_drops_the_connection_without_an_answer() throws Exception {
        bank.faults().add(FaultRule.of(FaultKind.TIMEOUT).withDelay(Duration.ofSeconds(5)).times(1));
        assertThatThrownBy(() -> client.post("/transactions/sync", syncBody(conn, null, 10), Duration.ofMillis(200)))
                .isInstanceOf(HttpTimeoutException.class);

        bank.faults().add(FaultRule.of(FaultKind.TIMEOUT).withDelay(Duration.ofMillis(100)).times(1));
        assertThatThrownBy(() -> client.post("/transactions/sync", syncBody(conn, null, 10), Duration.ofSeconds(20)))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(HttpTimeoutException.class);
        assertThat(syncRequest(conn, null, 10).status()).isEqualTo(200);
    }

    @Test
    void mutation_during_pagination_forces_a_restart_from_the_loops_first_cursor() throws Exception {
        bank.faults().add(FaultRule.of(FaultKind.MUTATION_DURING_PAGINATION).times(1));
        SyncFold committed = new SyncFold();

        JsonNode firstPage = syncRequest(conn, null, 25).json();  // a loop's first page is never refused
        assertThat(firstPage.get("has_more").asBoolean()).isTrue();
        SandboxClient.Response refused = syncRequest(conn, firstPage.get("next_cursor").asText(), 25);
        assertError(refused, 400, "TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION");
        assertThat(refused.json().get("error_type").asText()).isEqualTo("TRANSACTIONS_ERROR");

        // discard the loop's pages and start it again from the cursor committed before it (none: the beginning)
        String cursor = null;
        JsonNode page;
        do {
            page = syncRequest(conn, cursor, 25).json();
            committed.apply(page);
            cursor = page.get("next_cursor").asText();
        } while (page.get("has_more").asBoolean());
        committed.assertEquals(bank.groundTruth(conn.connectionId()));
    }

    @Test
    void faults_never_touch_the_sandbox_control_endpoints() throws Exception {
        bank.faults().add(FaultRule.of(FaultKind.SERVER_ERROR));

        assertThat(client.get("/sandbox/connections").status()).isEqualTo(200);
        assertThat(client.get("/sandbox/ground-truth?connection_id=" + conn.connectionId()).status()).isEqualTo(200);
        assertThat(syncRequest(conn, null, 10).status()).isEqualTo(500);
    }

    private static SandboxClient.Response syncRequest(Connection c, String cursor, int count)
            throws IOException, InterruptedException {
        return client.post("/transactions/sync", syncBody(c, cursor, count));
    }

    private static Map<String, Object> syncBody(Connection c, String cursor, int count) {
        Map<String, Object> body = new HashMap<>();
        body.put("access_token", c.accessToken());
        body.put("cursor", cursor);
        body.put("count", count);
        return body;
    }
}
