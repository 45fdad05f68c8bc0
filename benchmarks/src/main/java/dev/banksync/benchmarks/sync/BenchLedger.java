package dev.banksync.benchmarks.sync;

import dev.banksync.testkit.postgres.TestDatabase;
import dev.banksync.testkit.postgres.TestDatabases;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A fresh migrated database (testkit: embedded PostgreSQL 17, or {@code BANKSYNC_TEST_*}) with the benchmark's
 * users and accounts, optionally a history of existing ledger rows, and one connection every contender writes
 * through (so none pays for opening connections).
 */
final class BenchLedger implements AutoCloseable {

    private final TestDatabase db;
    private final SingleConnectionDataSource connection;

    private BenchLedger(TestDatabase db) {
        this.db = db;
        this.connection = new SingleConnectionDataSource(db.settings().url(), db.settings().user(),
                db.settings().password(), true);
        this.connection.setAutoCommit(true);
    }

    /**
     * @param accounts accounts (one user each); the written rows go to the first ones
     * @param history  ledger rows that already exist, spread over all accounts and booked before 2026
     */
    static BenchLedger create(String name, int accounts, long history) {
        BenchLedger ledger = new BenchLedger(TestDatabases.create(name));
        JdbcTemplate sql = ledger.jdbc();
        sql.update("INSERT INTO ledger.users (user_id) SELECT 'u' || g FROM generate_series(0, ?) g", accounts - 1);
        sql.update("""
                INSERT INTO ledger.accounts (account_id, user_id, name, currency)
                SELECT 'a' || g, 'u' || g, 'Checking', 'USD' FROM generate_series(0, ?) g""", accounts - 1);
        if (history > 0) {
            // Sequential ids keep the load quick; the index probes of the measured run still hit a tree of this size.
            sql.update("""
                    INSERT INTO ledger.transactions (transaction_id, user_id, account_id, source, external_id, status,
                        booking_date, amount_minor, currency, description, merchant, mcc)
                    SELECT 'h_' || lpad(g::text, 12, '0'), 'u' || (g % ?), 'a' || (g % ?), 'api:bench', 'h-' || g,
                           'POSTED', date '2020-01-01' + (g % 2190)::int, -((g * 7919) % 100000), 'USD',
                           'POS ' || (g % 9973) || ' HISTORY MERCHANT ' || (g % 997), 'MERCHANT ' || (g % 997), '5411'
                    FROM generate_series(1, ?) g""", accounts, accounts, history);
            sql.update("INSERT INTO ledger.account_sources SELECT account_id, 'api:bench' FROM ledger.accounts");
            sql.execute("VACUUM ANALYZE ledger.transactions");
        }
        return ledger;
    }

    static String accountId(int n) {
        return "a" + n;
    }

    static String userId(int n) {
        return "u" + n;
    }

    DataSource dataSource() {
        return connection;
    }

    JdbcTemplate jdbc() {
        return new JdbcTemplate(connection);
    }

    long count(String table) {
        return jdbc().queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    @Override
    public void close() {
        connection.destroy();
        db.close();
    }
}
