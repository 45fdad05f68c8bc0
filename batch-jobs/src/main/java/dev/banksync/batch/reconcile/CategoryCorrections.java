package dev.banksync.batch.reconcile;

import dev.banksync.batch.ledger.LedgerTransaction;
import dev.banksync.batch.outbox.OutboxMessage;
import dev.banksync.batch.outbox.OutboxWriter;
import dev.banksync.core.category.Category;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A user's correction of one transaction's category, the ledger's other writer beside the matching engine. In one
 * database transaction it records the correction ({@code ledger.category_overrides}, which the engine carries over
 * when a pending posts and the retraining job learns from), gives the transaction a new version, and writes that
 * version's event with the user's category to the outbox: the stream re-decides the transaction at once (and moves
 * its amount between spending categories), instead of when the bank next changes it.
 */
public class CategoryCorrections {

    private static final String LOCK = """
            SELECT t.user_id, t.removed_at IS NOT NULL, u.time_zone
            FROM ledger.transactions t JOIN ledger.users u ON u.user_id = t.user_id
            WHERE t.transaction_id = ? FOR UPDATE OF t""";

    private static final String RECORD = """
            INSERT INTO ledger.category_overrides (transaction_id, user_id, category) VALUES (?, ?, ?)
            ON CONFLICT (transaction_id) DO UPDATE SET category = EXCLUDED.category, created_at = now()""";

    private static final String NEW_VERSION = """
            UPDATE ledger.transactions t SET version = t.version + 1, updated_at = now()
            WHERE t.transaction_id = ?""" + ChangedRows.returning("t");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final OutboxWriter outbox;
    private final Clock clock;

    public CategoryCorrections(DataSource batchWriter, Clock clock) {
        this.jdbc = new JdbcTemplate(batchWriter);
        this.transactions = new TransactionTemplate(new JdbcTransactionManager(batchWriter));
        this.outbox = new OutboxWriter(jdbc);
        this.clock = clock;
    }

    /**
     * Sets {@code category} (a PFC primary or detailed category) for the user's transaction; returns its new
     * version. Throws {@link IllegalArgumentException} naming what is wrong: an unknown category, no such
     * transaction, another user's, or one the bank removed.
     */
    public LedgerTransaction correct(String userId, String transactionId, String category) {
        String normalised = normalised(category);
        return transactions.execute(status -> {
            List<Object[]> found = jdbc.query(LOCK, (rs, i) -> new Object[] {rs.getString(1), rs.getBoolean(2), rs.getString(3)},
                    transactionId);
            if (found.isEmpty()) {
                throw new IllegalArgumentException("no transaction " + transactionId);
            }
            if (!found.get(0)[0].equals(userId)) {
                throw new IllegalArgumentException("transaction " + transactionId + " is not user " + userId + "'s");
            }
            if ((Boolean) found.get(0)[1]) {
                throw new IllegalArgumentException("transaction " + transactionId + " was removed by its bank");
            }
            jdbc.update(RECORD, transactionId, userId, normalised);
            LedgerTransaction row = jdbc.query(NEW_VERSION, ChangedRows.MAPPER, transactionId).get(0).row();
            String zone = UserTimeZones.valid(userId, (String) found.get(0)[2]);
            outbox.append(List.of(OutboxMessage.transactionEvent(
                    row.toUpsertEvent(clock.instant(), normalised, zone))));
            return row;
        });
    }

    /** The category as it is stored and published: upper case, and under a PFC primary (else it throws). */
    public static String normalised(String category) {
        String normalised = category == null ? "" : category.trim().toUpperCase(Locale.ROOT);
        if (normalised.isEmpty()) {
            throw new IllegalArgumentException("category is missing");
        }
        Category.primaryOf(normalised); // throws, naming the value, when it is under no primary
        return normalised;
    }
}
