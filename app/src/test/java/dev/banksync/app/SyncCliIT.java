package dev.banksync.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.banksync.sandbox.SandboxBank;
import dev.banksync.sandbox.SandboxConfig;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operator's path through the CLI against the sandbox bank on a real PostgreSQL: link its connections (tokens
 * sealed), sync a slot, and re-run it (idempotent). The ledger must hold exactly the sandbox's ground truth.
 */
@ExtendWith(BanksyncPostgres.class)
class SyncCliIT {

    private SandboxBank bank;

    @AfterEach
    void stop() {
        System.clearProperty("banksync.db.password");
        System.clearProperty("banksync.sync.sandbox.url");
        if (bank != null) {
            bank.close();
        }
    }

    @Test
    void linkSyncAndResyncASlot(TestDatabase db) throws Exception {
        bank = SandboxBank.start(SandboxConfig.defaults().withUsers(3));
        System.setProperty("banksync.db.password", db.settings().password());
        System.setProperty("banksync.sync.sandbox.url", bank.baseUrl().toString());
        String[] dbArgs = {"--db-url", db.settings().url(), "--db-user", db.settings().user()};

        JsonNode linked = json(run(concat(new String[] {"connections", "link-sandbox", "--sandbox-url",
                bank.baseUrl().toString(), "--json"}, dbArgs)));
        assertThat(linked.get("linked").asInt()).isEqualTo(bank.connections().size());
        JsonNode again = json(run(concat(new String[] {"connections", "link-sandbox", "--sandbox-url",
                bank.baseUrl().toString(), "--json"}, dbArgs)));
        assertThat(again.get("linked").asInt()).isZero();
        assertThat(again.get("alreadyLinked").asInt()).isEqualTo(bank.connections().size());
        for (var c : bank.connections()) {
            assertThat(db.queryLong("SELECT count(*) FROM ledger.bank_connections WHERE position(convert_to('"
                    + c.accessToken() + "', 'UTF8') in access_token_enc) > 0")).as("token stored in clear").isZero();
        }

        String[] syncSlot = concat(new String[] {"sync", "--business-date", "2026-01-05", "--slot", "06:00", "--json"},
                dbArgs);
        JsonNode first = json(run(syncSlot));
        assertThat(first.get("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(first.get("connections")).hasSize(bank.connections().size());

        long truth = bank.connections().stream().mapToLong(c -> bank.groundTruth(c.connectionId()).transactions().count())
                .sum();
        long ledger = db.queryLong("SELECT count(*) FROM ledger.transactions WHERE removed_at IS NULL");
        assertThat(ledger).isEqualTo(truth).isPositive();
        long events = db.queryLong("SELECT count(*) FROM ops.outbox");

        String[] status = concat(new String[] {"status", "--json"}, dbArgs);
        JsonNode healthy = json(run(status));
        assertThat(healthy.get("healthy").asBoolean()).as(healthy.toString()).isTrue();
        JsonNode slot = healthy.get("report").get("latestSlot");
        assertThat(slot.get("connections").asInt()).isEqualTo(bank.connections().size());
        assertThat(slot.get("succeeded").asInt()).isEqualTo(bank.connections().size());
        assertThat(slot.get("totals").get("inserted").asLong()).isEqualTo(truth);
        assertThat(healthy.get("report").get("outbox").get("unsent").asLong()).isEqualTo(events);
        db.execute("UPDATE ops.outbox SET dead_at = now(), dead_reason = 'RecordTooLargeException' WHERE outbox_id = 1");
        JsonNode attention = json(run(1, status));
        assertThat(attention.get("healthy").asBoolean()).isFalse();
        assertThat(attention.get("report").get("problems").get(0).asText())
                .startsWith("1 outbox row(s) set aside as dead");
        db.execute("UPDATE ops.outbox SET dead_at = NULL, dead_reason = NULL");

        String[] picked = new org.springframework.jdbc.core.JdbcTemplate(db.dataSource()).queryForObject(
                "SELECT transaction_id, user_id FROM ledger.transactions WHERE removed_at IS NULL "
                        + "ORDER BY transaction_id LIMIT 1", (rs, i) -> new String[] {rs.getString(1), rs.getString(2)});
        JsonNode corrected = json(run(concat(new String[] {"correct", "--user", picked[1], picked[0], "travel",
                "--json"}, dbArgs)));
        assertThat(corrected.get("version").asLong()).isEqualTo(2);
        assertThat(db.queryLong("SELECT count(*) FROM ops.outbox WHERE payload->>'userCategory' = 'TRAVEL'"))
                .isEqualTo(1);
        run(1, concat(new String[] {"correct", "--user", "someone-else", picked[0], "TRAVEL"}, dbArgs));
        events = db.queryLong("SELECT count(*) FROM ops.outbox");

        JsonNode rerun = json(run(syncSlot));
        assertThat(rerun.get("outcome").asText()).isEqualTo("ALREADY_COMPLETE");
        assertThat(db.queryLong("SELECT count(*) FROM ledger.transactions WHERE removed_at IS NULL")).isEqualTo(ledger);
        assertThat(db.queryLong("SELECT count(*) FROM ops.outbox")).isEqualTo(events);

        // One connection in a named slot is idempotent too: its second launch finds the completed run.
        String[] oneConnection = concat(new String[] {"sync", "--connection", String.valueOf(
                db.queryLong("SELECT min(connection_id) FROM ledger.bank_connections")), "--business-date",
                "2026-01-05", "--slot", "12:00", "--json"}, dbArgs);
        JsonNode alone = json(run(oneConnection));
        assertThat(alone.get("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(alone.get("connections")).hasSize(1);
        assertThat(json(run(oneConnection)).get("outcome").asText()).isEqualTo("ALREADY_COMPLETE");
        assertThat(db.queryLong("SELECT count(*) FROM ops.sync_runs WHERE slot = '12:00'")).isEqualTo(1);

        // A connection waiting for its user gets the token of their re-authentication (read from a variable).
        long waiting = db.queryLong("SELECT min(connection_id) FROM ledger.bank_connections");
        db.execute("UPDATE ledger.bank_connections SET status = 'ERROR', last_error = 'ITEM_LOGIN_REQUIRED'"
                + " WHERE connection_id = " + waiting);
        CliRun.expecting(2, concat(new String[] {"connections", "relink", "--connection", String.valueOf(waiting),
                "--token-env", "BANKSYNC_TEST_SURELY_UNSET_VARIABLE"}, dbArgs));
        assertThat(CliRun.expecting(1, concat(new String[] {"connections", "relink", "--connection", "999999",
                "--token-env", "PATH"}, dbArgs)).err()).contains("no connection 999999");
        run(concat(new String[] {"connections", "relink", "--connection", String.valueOf(waiting), "--token-env",
                "PATH", "--json"}, dbArgs)); // any variable that is set: the token itself is the provider's business
        assertThat(db.queryLong("SELECT count(*) FROM ledger.bank_connections WHERE status = 'ACTIVE'"
                + " AND last_error IS NULL AND connection_id = " + waiting)).isEqualTo(1);
    }

    private static String run(String... args) {
        return CliRun.expecting(0, args).out();
    }

    private static String run(int exitCode, String... args) {
        return CliRun.expecting(exitCode, args).out();
    }

    private static JsonNode json(String text) throws Exception {
        return new CliRun(text, "").json();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
