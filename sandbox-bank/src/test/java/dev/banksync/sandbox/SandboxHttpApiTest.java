package dev.banksync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.banksync.sandbox.connection.Connection;
import dev.banksync.sandbox.truth.GroundTruth;
import dev.banksync.sandbox.truth.TruthAccount;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP API's shapes and errors, against an embedded bank on a free port. */
class SandboxHttpApiTest {

    private static SandboxBank bank;
    private static SandboxClient client;
    private static Connection first;

    @BeforeAll
    static void start() {
        bank = SandboxBank.start(SandboxConfig.defaults().withUsers(6));
        client = new SandboxClient(bank.baseUrl());
        first = bank.connections().get(0);
    }

    @AfterAll
    static void stop() {
        bank.close();
    }

    @Test
    void connections_are_listed_with_their_tokens_and_can_be_paged() throws Exception {
        JsonNode all = client.get("/sandbox/connections").json();
        JsonNode page = client.get("/sandbox/connections?offset=2&limit=3").json();

        assertThat(all.get("total").asInt()).isEqualTo(6);
        assertThat(all.get("connections")).hasSize(6);
        assertThat(all.get("connections").get(0).get("access_token").asText()).isEqualTo(first.accessToken());
        assertThat(page.get("connections")).hasSize(3);
        assertThat(page.get("connections").get(0).get("connection_id").asText()).isEqualTo("conn-00003");
    }

    @Test
    void a_sync_page_has_plaids_shape() throws Exception {
        JsonNode page = sync(first.accessToken(), null, 20);

        assertThat(page.get("added").size()).isBetween(1, 20);
        assertThat(page.get("has_more").asBoolean()).isTrue();
        assertThat(page.get("next_cursor").asText()).isNotEmpty();
        assertThat(page.get("accounts").size()).isPositive();
        JsonNode t = page.get("added").get(0);
        for (String field : new String[] {"transaction_id", "account_id", "amount", "iso_currency_code", "date",
                "authorized_date", "name", "merchant_name", "pending", "pending_transaction_id", "payment_channel",
                "mcc", "transaction_code"}) {
            assertThat(t.has(field)).as(field).isTrue();
        }
        assertThat(t.get("amount").isNumber()).isTrue();
    }

    @Test
    void amounts_are_decimals_with_the_currencys_digits_and_money_out_is_positive() throws Exception {
        SyncFold fold = new SyncFold();
        String cursor = null;
        JsonNode page;
        do {
            page = sync(first.accessToken(), cursor, 500);
            fold.apply(page);
            cursor = page.get("next_cursor").asText();
        } while (page.get("has_more").asBoolean());
        GroundTruth truth = bank.groundTruth(first.connectionId());
        fold.assertEquals(truth);

        assertThat(fold.live().values()).allSatisfy(t -> assertThat(t.get("amount").decimalValue().scale())
                .isEqualTo(2));
        var salary = truth.transactions().filter(x -> x.categoryDetailed().equals("INCOME_WAGES")).findFirst();
        var spend = truth.transactions().filter(x -> x.category().equals("FOOD_AND_DRINK")).findFirst();
        assertThat(fold.live().get(salary.orElseThrow().transactionId()).get("amount").decimalValue()).isNegative();
        assertThat(fold.live().get(spend.orElseThrow().transactionId()).get("amount").decimalValue()).isPositive();
    }

    @Test
    void the_same_request_on_the_same_day_gets_the_same_bytes() throws Exception {
        Map<String, Object> body = Map.of("access_token", first.accessToken(), "count", 50);

        assertThat(client.post("/transactions/sync", body).body())
                .isEqualTo(client.post("/transactions/sync", body).body());
    }

    @Test
    void accounts_report_balances_consistent_with_the_ground_truth() throws Exception {
        JsonNode accounts = client.post("/accounts/get", Map.of("access_token", first.accessToken())).json();
        GroundTruth truth = bank.groundTruth(first.connectionId());

        assertThat(accounts.get("item").get("item_id").asText()).isEqualTo(first.connectionId());
        assertThat(accounts.get("accounts")).hasSameSizeAs(truth.accounts());
        for (int i = 0; i < truth.accounts().size(); i++) {
            TruthAccount expected = truth.accounts().get(i);
            JsonNode a = accounts.get("accounts").get(i);
            assertThat(a.get("account_id").asText()).isEqualTo(expected.accountId());
            assertThat(a.get("subtype").asText()).isEqualTo(expected.subtype());
            BigDecimal current = a.get("balances").get("current").decimalValue();
            assertThat(current.movePointRight(2).longValueExact()).isEqualTo(expected.currentBalanceMinor());
        }
    }

    @Test
    void the_clock_advances_and_the_ground_truth_follows() throws Exception {
        int before = client.get("/sandbox/clock").json().get("day").asInt();
        JsonNode advanced = client.post("/sandbox/advance", Map.of("days", 2)).json();
        JsonNode truth = client.get("/sandbox/ground-truth?connection_id=" + first.connectionId()).json();

        assertThat(advanced.get("day").asInt()).isEqualTo(before + 2);
        assertThat(advanced.get("date").asText()).isEqualTo(bank.today().toString());
        assertThat(truth.get("as_of").asText()).isEqualTo(bank.today().toString());
        long count = 0;
        for (JsonNode account : truth.get("accounts")) {
            count += account.get("transactions").size();
            assertThat(account.get("transactions").get(0).has("category")).isTrue();
            assertThat(account.get("transactions").get(0).has("amount_minor")).isTrue();
        }
        assertThat(count).isEqualTo(bank.groundTruth(first.connectionId()).transactions().count());
    }

    @Test
    void faults_can_be_added_listed_and_removed_over_http() throws Exception {
        JsonNode added = client.post("/sandbox/faults", Map.of("kind", "rate_limit", "count", 2,
                "connection_id", "conn-00002", "retry_after_seconds", 4)).json();
        long id = added.get("id").asLong();

        assertThat(added.get("kind").asText()).isEqualTo("RATE_LIMIT");
        assertThat(client.get("/sandbox/faults").json().get("faults")).hasSize(1);
        assertThat(client.delete("/sandbox/faults/" + id).json().get("faults")).isEmpty();
        assertError(client.delete("/sandbox/faults/" + id), 404, "NOT_FOUND");
        assertError(client.post("/sandbox/faults", Map.of("kind", "METEOR")), 400, "INVALID_FIELD");
        assertError(client.post("/sandbox/faults", Map.of("kind", "SLOW", "rate", 2)), 400, "INVALID_FIELD");
    }

    @Test
    void bad_requests_get_plaid_style_errors_naming_the_problem() throws Exception {
        assertError(client.post("/transactions/sync", Map.of("access_token", "access-sandbox-nope")), 400,
                "INVALID_ACCESS_TOKEN");
        assertError(client.post("/transactions/sync", Map.of("count", 5)), 400, "MISSING_FIELDS");
        assertError(client.post("/transactions/sync", Map.of("access_token", first.accessToken(), "count", 0)), 400,
                "INVALID_FIELD");
        assertError(client.post("/transactions/sync", Map.of("access_token", first.accessToken(), "count", "ten")),
                400, "INVALID_FIELD");
        assertError(client.post("/transactions/sync", Map.of("access_token", first.accessToken(), "cursor", "xyz")),
                400, "INVALID_CURSOR");
        assertError(client.post("/transactions/sync", "not an object"), 400, "INVALID_BODY");
        assertError(client.get("/transactions/sync"), 405, "METHOD_NOT_ALLOWED");
        assertError(client.get("/nowhere"), 404, "NOT_FOUND");
        assertError(client.get("/sandbox/ground-truth"), 400, "MISSING_FIELDS");
        assertError(client.get("/sandbox/ground-truth?connection_id=conn-99999"), 404, "UNKNOWN_CONNECTION");
        assertError(client.post("/sandbox/advance", Map.of("days", 0)), 400, "INVALID_FIELD");
    }

    private static JsonNode sync(String token, String cursor, int count) throws IOException, InterruptedException {
        var body = new java.util.HashMap<String, Object>();
        body.put("access_token", token);
        body.put("cursor", cursor);
        body.put("count", count);
        SandboxClient.Response r = client.post("/transactions/sync", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static void assertError(SandboxClient.Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        JsonNode error = r.json();
        assertThat(error.get("error_code").asText()).isEqualTo(code);
        assertThat(error.get("error_type").asText()).isNotEmpty();
        assertThat(error.get("error_message").asText()).isNotEmpty();
    }
}
