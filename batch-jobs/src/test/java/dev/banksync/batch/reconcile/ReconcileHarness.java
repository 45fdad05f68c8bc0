package dev.banksync.batch.reconcile;

import dev.banksync.batch.ledger.LedgerAccounts;
import dev.banksync.batch.ops.RunCounts;
import dev.banksync.batch.outbox.OutboxWriter;
import dev.banksync.core.db.SimpleDataSources;
import dev.banksync.core.event.EventJson;
import dev.banksync.core.event.TransactionEvent;
import dev.banksync.testkit.postgres.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The engine on a test database, connected as the batch writer role, one transaction per batch. */
final class ReconcileHarness {

    /** A ledger row as the tests compare it. */
    record Row(String externalId, String status, String bookingDate, long amountMinor, String description,
               long version, boolean removed, String replacesExternalId) {
    }

    private final JdbcTemplate owner;
    private final TransactionTemplate transactions;
    private final Reconciler reconciler;

    ReconcileHarness(TestDatabase db) {
        this(db, Reconciler.DEFAULT_MIN_PLAIN_ROWS_TO_SPLIT);
    }

    /** @param minPlainRowsToSplit 1 splits every batch that has rows to COPY and rows to match */
    ReconcileHarness(TestDatabase db, int minPlainRowsToSplit) {
        DataSource writer = SimpleDataSources.of(db.loginAs("banksync_batch_writer"));
        JdbcTemplate jdbc = new JdbcTemplate(writer);
        this.owner = new JdbcTemplate(db.dataSource());
        this.transactions = new TransactionTemplate(new JdbcTransactionManager(writer));
        this.reconciler = new Reconciler(jdbc, new OutboxWriter(jdbc), MatchPolicy.DEFAULT, Clock.systemUTC(),
                minPlainRowsToSplit);
    }

    ReconcileHarness account(String accountId) {
        new LedgerAccounts(owner).ensure(Incoming.USER, accountId, accountId, "USD");
        return this;
    }

    RunCounts apply(String source, IncomingChange... changes) {
        return transactions.execute(s -> reconciler.reconcile(ReconcileBatch.of(source, List.of(changes))));
    }

    RunCounts applyWindow(String source, WindowScope window, IncomingChange... changes) {
        return transactions.execute(s -> reconciler.reconcile(new ReconcileBatch(source, List.of(changes), window)));
    }

    /** Every row of the account by external id (tombstones included). */
    Map<String, Row> ledger(String accountId) {
        Map<String, Row> rows = new TreeMap<>();
        owner.query("""
                SELECT t.external_id, t.status, t.booking_date::text, t.amount_minor, t.description, t.version,
                       t.removed_at IS NOT NULL, p.external_id
                FROM ledger.transactions t LEFT JOIN ledger.transactions p ON p.transaction_id = t.replaces
                WHERE t.account_id = ?""", rs -> {
            rows.put(rs.getString(1), new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                    rs.getString(5), rs.getLong(6), rs.getBoolean(7), rs.getString(8)));
        }, accountId);
        return rows;
    }

    String transactionId(String accountId, String externalId) {
        return owner.queryForObject("SELECT transaction_id FROM ledger.transactions WHERE account_id = ? "
                + "AND external_id = ?", String.class, accountId, externalId);
    }

    List<TransactionEvent> events() {
        return owner.queryForList("SELECT payload::text FROM ops.outbox ORDER BY outbox_id", String.class).stream()
                .map(json -> EventJson.readTransaction(json.getBytes(StandardCharsets.UTF_8))).toList();
    }

    JdbcTemplate owner() {
        return owner;
    }
}
