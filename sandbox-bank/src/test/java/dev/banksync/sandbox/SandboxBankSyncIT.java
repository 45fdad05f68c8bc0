package dev.banksync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.banksync.sandbox.api.Json;
import dev.banksync.sandbox.connection.Connection;
import dev.banksync.sandbox.fault.FaultKind;
import dev.banksync.sandbox.fault.FaultRule;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The golden loop a connector runs, over HTTP: sync every connection page by page, let simulated days pass,
 * sync again from the saved cursors; the folded result equals the ground truth after every round. The second
 * scenario does the same with faults switched on and a client that retries and restarts as documented.
 */
class SandboxBankSyncIT {

    private static final int USERS = 20;

    @Test
    void syncing_every_connection_across_days_folds_to_the_ground_truth() throws Exception {
        try (SandboxBank bank = SandboxBank.start(SandboxConfig.defaults().withUsers(USERS))) {
            SandboxClient client = new SandboxClient(bank.baseUrl());
            Map<String, SyncFold> folds = new LinkedHashMap<>();
            Map<String, String> cursors = new HashMap<>();
            List<Integer> advances = List.of(1, 1, 2, 1, 3);
            for (int round = 0; round <= advances.size(); round++) {
                int count = round % 2 == 0 ? 7 : 100;  // small and large pages alternate
                for (Connection c : bank.connections()) {
                    SyncFold fold = folds.computeIfAbsent(c.connectionId(), id -> new SyncFold());
                    cursors.put(c.connectionId(), syncToEnd(client, c, cursors.get(c.connectionId()), count, fold));
                    fold.assertEquals(bank.groundTruth(c.connectionId()));
                }
                if (round < advances.size()) {
                    bank.advanceDays(advances.get(round));
                }
            }
            assertThat(bank.day()).isEqualTo(8);
            // a last sync after nothing happened returns nothing
            for (Connection c : bank.connections()) {
                JsonNode page = post(client, c, cursors.get(c.connectionId()), 100).json();
                assertThat(page.get("added")).isEmpty();
                assertThat(page.get("modified")).isEmpty();
                assertThat(page.get("removed")).isEmpty();
                assertThat(page.get("next_cursor").asText()).isEqualTo(cursors.get(c.connectionId()));
            }
        }
    }

    @Test
    void with_faults_switched_on_a_retrying_client_still_converges() throws Exception {
        List<FaultRule> faults = List.of(
                FaultRule.of(FaultKind.RATE_LIMIT).withRate(0.15).withRetryAfter(0),
                FaultRule.of(FaultKind.SERVER_ERROR).withRate(0.1).withStatus(502),
                FaultRule.of(FaultKind.MALFORMED_JSON).withRate(0.05),
                FaultRule.of(FaultKind.MUTATION_DURING_PAGINATION).withRate(0.2));
        try (SandboxBank bank = SandboxBank.start(SandboxConfig.defaults().withUsers(8).withFaults(faults))) {
            SandboxClient client = new SandboxClient(bank.baseUrl());
            Map<String, SyncFold> folds = new LinkedHashMap<>();
            Map<String, String> cursors = new HashMap<>();
            int refusals = 0;
            for (int round = 0; round < 3; round++) {
                for (Connection c : bank.connections()) {
                    SyncFold fold = folds.computeIfAbsent(c.connectionId(), id -> new SyncFold());
                    String cursor = cursors.get(c.connectionId());
                    boolean more = true;
                    while (more) {
                        SandboxClient.Response r = post(client, c, cursor, 20);
                        JsonNode page = r.status() == 200 ? parseOrNull(r.body()) : null;
                        if (page == null) {
                            refusals++;  // retry the same cursor: the last one committed
                            continue;
                        }
                        fold.apply(page);  // "commit" the page, then its cursor
                        cursor = page.get("next_cursor").asText();
                        more = page.get("has_more").asBoolean();
                    }
                    cursors.put(c.connectionId(), cursor);
                    fold.assertEquals(bank.groundTruth(c.connectionId()));
                }
                bank.advanceDays(2);
            }
            assertThat(refusals).isPositive();
            assertThat(bank.faults().list()).allSatisfy(f -> assertThat(f.hits()).isPositive());
        }
    }

    private static String syncToEnd(SandboxClient client, Connection c, String cursor, int count, SyncFold fold)
            throws IOException, InterruptedException {
        String next = cursor;
        JsonNode page;
        do {
            SandboxClient.Response r = post(client, c, next, count);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            page = r.json();
            fold.apply(page);
            next = page.get("next_cursor").asText();
        } while (page.get("has_more").asBoolean());
        return next;
    }

    private static SandboxClient.Response post(SandboxClient client, Connection c, String cursor, int count)
            throws IOException, InterruptedException {
        Map<String, Object> body = new HashMap<>();
        body.put("access_token", c.accessToken());
        body.put("cursor", cursor);
        body.put("count", count);
        return client.post("/transactions/sync", body);
    }

    private static JsonNode parseOrNull(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
