package dev.banksync.batch.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.batch.sync.token.AccessToken;
import dev.banksync.sandbox.SandboxConfig;
import dev.banksync.sandbox.connection.Connection;
import dev.banksync.sandbox.fault.FaultKind;
import dev.banksync.sandbox.fault.FaultRule;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Access tokens never leave their sealed column: not into any log line at any level (successes, retries, an
 * expired login, a token the bank does not know), not into recorded errors, quarantined records or Spring
 * Batch's tables, and not in the clear into the database.
 */
@ExtendWith(BanksyncPostgres.class)
class TokenSecrecyIT {

    private static final String UNKNOWN_TOKEN = "access-sandbox-never-issued-0123456789abcdef";

    @Test
    void noTokenAppearsInLogsErrorsOrTheDatabase(TestDatabase db) {
        List<String> tokens = new ArrayList<>(List.of(UNKNOWN_TOKEN));
        List<String> logs;
        // the capture starts after the context: Spring Boot resets the logging configuration when it starts
        try (SyncHarness h = SyncHarness.start(db, SandboxConfig.defaults().withUsers(3).withHistoryDays(10)
                     .withFaults(List.of(FaultRule.of(FaultKind.EXPIRED_TOKEN).forConnection("conn-00002"),
                             FaultRule.of(FaultKind.SERVER_ERROR).withRate(0.3),
                             FaultRule.of(FaultKind.MALFORMED_JSON).withRate(0.2))),
                     "banksync.sync.sandbox.page-size=20");
             LogCapture capture = new LogCapture()) {
            h.bank.connections().stream().map(Connection::accessToken).forEach(tokens::add);
            h.link("sandbox", 3);
            long unknown = h.connections().create("user-x", "sandbox", "Nowhere Bank", null,
                    AccessToken.of(UNKNOWN_TOKEN));

            BankSyncResult result = h.service().syncAll(LocalDate.of(2026, 1, 5), "06:00");

            assertThat(result.failedConnections()).extracting(r -> r.connectionId())
                    .as("the expired login and the unknown token fail, with reasons that name no token")
                    .contains(unknown);
            logs = capture.texts();
            List<String> stored = everyRowAsText(h);
            assertThat(stored).as("rows were read").isNotEmpty();
            for (String token : tokens) {
                assertThat(stored).as("database text").noneMatch(row -> row.contains(token));
                byte[] sealed = h.sql.queryForObject("SELECT string_agg(access_token_enc, ''::bytea) "
                        + "FROM ledger.bank_connections", byte[].class);
                assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(token);
            }
        }
        assertThat(logs).as("debug logging captured the sync").anyMatch(l -> l.contains("ITEM_LOGIN_REQUIRED"))
                .anyMatch(l -> l.contains("INVALID_ACCESS_TOKEN")).anyMatch(l -> l.contains("retrying"));
        for (String token : tokens) {
            assertThat(logs).noneMatch(line -> line.contains(token));
        }
        assertThat(AccessToken.of(UNKNOWN_TOKEN)).hasToString("AccessToken[***]");
    }

    /** Every row of every table in the schemas batch writes (ledger, ops, batch), as text. */
    private static List<String> everyRowAsText(SyncHarness h) {
        List<String> rows = new ArrayList<>();
        for (String table : h.sql.queryForList("""
                SELECT table_schema || '.' || table_name FROM information_schema.tables
                WHERE table_schema IN ('ledger', 'ops', 'batch') AND table_type = 'BASE TABLE'""", String.class)) {
            rows.addAll(h.sql.queryForList("SELECT x::text FROM " + table + " x", String.class));
        }
        return rows;
    }
}
