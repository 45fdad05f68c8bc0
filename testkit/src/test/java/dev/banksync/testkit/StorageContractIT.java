package dev.banksync.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banksync.core.db.DbSettings;
import dev.banksync.core.db.Migrations;
import dev.banksync.core.db.SimpleDataSources;
import dev.banksync.testkit.postgres.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The storage contract on a real PostgreSQL: schemas, idempotent migrations, least-privilege roles. */
@ExtendWith(BanksyncPostgres.class)
class StorageContractIT {

    @Test
    void createsTheFiveSchemasAndTheContractTables(TestDatabase db) {
        assertThat(db.queryLong("SELECT count(*) FROM information_schema.schemata WHERE schema_name IN "
                + "('ledger','ops','insights','batch','quartz')")).isEqualTo(5);
        for (String table : new String[] {"ledger.users", "ledger.bank_connections", "ledger.accounts",
                "ledger.transactions", "ledger.category_overrides", "ledger.rules", "ledger.budgets",
                "ops.sync_runs", "ops.outbox", "ops.rejected_records", "insights.spending_monthly",
                "batch.batch_job_instance", "quartz.qrtz_triggers"}) {
            assertThat(db.queryLong("SELECT count(*) FROM " + table)).as(table).isZero();
        }
        assertThat(db.queryLong("SELECT count(*) FROM information_schema.views WHERE table_schema = 'insights' "
                + "AND table_name LIKE 'v\\_%'")).isGreaterThanOrEqualTo(3);
        assertThat(db.queryLong("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'ledger' "
                + "AND column_name LIKE '%amount%' AND data_type <> 'bigint'")).as("amounts are bigint minor units")
                .isZero();
    }

    @Test
    void migratingTwiceIsANoOp(TestDatabase db) {
        long applied = db.queryLong("SELECT count(*) FROM public.flyway_schema_history");
        var result = Migrations.migrate(db.dataSource());
        assertThat(result.migrationsExecuted).isZero();
        assertThat(db.queryLong("SELECT count(*) FROM public.flyway_schema_history")).isEqualTo(applied);
        assertThat(Migrations.currentVersion(db.dataSource())).isNotNull();
    }

    @Test
    void apiReaderSeesOnlyTheViews(TestDatabase db) throws SQLException {
        db.execute("INSERT INTO insights.spending_monthly VALUES ('u1', DATE '2026-01-01', 'FOOD_AND_DRINK', 'EUR', "
                + "1250, 0, 2, now())");
        DbSettings reader = db.loginAs("banksync_api_reader");
        try (Connection c = SimpleDataSources.of(reader).getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT spent_minor FROM insights.v_spending_monthly WHERE user_id = 'u1'");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(1250);
            assertThatThrownBy(() -> s.executeQuery("SELECT * FROM insights.spending_monthly"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeQuery("SELECT * FROM ledger.transactions"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM insights.v_spending_monthly"))
                    .hasMessageContaining("permission denied");
            assertThat(s.executeQuery("SELECT count(*) FROM insights.v_user_time_zones").next()).isTrue();
            assertThatThrownBy(() -> s.executeQuery("SELECT display_name FROM ledger.users"))
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void streamWriterWritesInsightsButCannotTouchTheLedger(TestDatabase db) throws SQLException {
        DbSettings writer = db.loginAs("banksync_stream_writer");
        try (Connection c = SimpleDataSources.of(writer).getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO insights.spending_monthly VALUES ('u1', DATE '2026-01-01', 'TRAVEL', 'USD', "
                    + "10, 0, 1, now())");
            assertThat(s.executeQuery("SELECT count(*) FROM ledger.budgets").next()).isTrue();
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM ledger.transactions"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeQuery("SELECT * FROM ops.outbox"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE insights.v_user_time_zones SET time_zone = 'UTC'"))
                    .as("not through a view over the ledger either").hasMessageContaining("permission denied");
        }
    }

    @Test
    void batchWriterWritesLedgerAndOutboxButNotInsights(TestDatabase db) throws SQLException {
        DbSettings writer = db.loginAs("banksync_batch_writer");
        try (Connection c = SimpleDataSources.of(writer).getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO ledger.users (user_id) VALUES ('u1')");
            s.executeUpdate("INSERT INTO ops.outbox (topic, message_key, payload) VALUES ('t', 'u1', '{}')");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM insights.spending_monthly"))
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void eachTestGetsItsOwnCleanDatabase(TestDatabase db) {
        db.execute("INSERT INTO ledger.users (user_id) VALUES ('only-here')");
        try (TestDatabase other = dev.banksync.testkit.postgres.TestDatabases.create("other")) {
            assertThat(other.name()).isNotEqualTo(db.name());
            assertThat(other.queryLong("SELECT count(*) FROM ledger.users")).isZero();
        }
        assertThat(db.queryLong("SELECT count(*) FROM ledger.users")).isEqualTo(1);
    }
}
