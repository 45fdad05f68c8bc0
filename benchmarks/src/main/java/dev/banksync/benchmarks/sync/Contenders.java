package dev.banksync.benchmarks.sync;

import dev.banksync.batch.copy.CsvCopyIn;
import dev.banksync.batch.ledger.LedgerTransaction;
import dev.banksync.batch.ops.RunCounts;
import dev.banksync.batch.outbox.OutboxMessage;
import dev.banksync.batch.outbox.OutboxWriter;
import dev.banksync.batch.reconcile.ReconcileBatch;
import dev.banksync.batch.reconcile.Reconciler;
import java.sql.Date;
import java.time.Instant;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The ways of writing the same rows that the benchmark times. Each returns the rows written. */
final class Contenders {

    /** Within reach of the postings of 2026-01-31 to 02-10 (the rows span 60 days from 2026-01-01). */
    private static final List<String> PENDING_AMID_ROWS = List.of("2026-01-31");
    /** Each within reach of the postings of its day and the ten after: together every day of the rows. */
    private static final List<String> PENDINGS_OVER_ALL_ROWS =
            List.of("2025-12-31", "2026-01-10", "2026-01-20", "2026-01-30", "2026-02-09", "2026-02-19");

    private Contenders() {
    }

    /** (a) The physical limit: one COPY of the finished rows straight into {@code ledger.transactions}. */
    static long rawCopy(BenchLedger ledger, List<LedgerTransaction> rows) {
        return ledger.jdbc().execute((ConnectionCallback<Long>) c -> {
            // the engine's own COPY writer, so that the limit and the engine print and encode alike
            CsvCopyIn.copy(c, """
                    COPY ledger.transactions (transaction_id, user_id, account_id, source, external_id, status,
                        booking_date, amount_minor, currency, description, merchant, mcc, version)
                    FROM STDIN (FORMAT csv)""", "ledger.transactions", csv -> {
                for (LedgerTransaction t : rows) {
                    csv.printRecord(t.transactionId(), t.userId(), t.accountId(), t.source(), t.externalId(),
                            t.status().name(), t.bookingDate(), t.amount().minorUnits(), t.amount().currencyCode(),
                            t.description(), t.merchant(), t.mcc(), t.version());
                }
            });
            return (long) rows.size(); // checked against the table by the caller
        });
    }

    /**
     * (a') The physical limit of the engine's actual work: COPY of the rows and, with it, of one outbox event each
     * (serialised as the engine does).
     */
    static long rawCopyWithOutbox(BenchLedger ledger, List<LedgerTransaction> rows) {
        long copied = rawCopy(ledger, rows);
        Instant now = Instant.now();
        new OutboxWriter(ledger.jdbc()).append(rows.stream()
                .map(t -> OutboxMessage.transactionEvent(t.toUpsertEvent(now))).toList());
        return copied;
    }

    /**
     * (b) The naive approach: Spring Batch's {@link JdbcBatchItemWriter} with a per-row
     * {@code INSERT … ON CONFLICT DO NOTHING}, and one outbox row per ledger row, chunks of {@code chunk} rows per
     * transaction.
     */
    static long naive(BenchLedger ledger, List<LedgerTransaction> rows, int chunk) throws Exception {
        JdbcBatchItemWriter<LedgerTransaction> transactions = new JdbcBatchItemWriterBuilder<LedgerTransaction>()
                .dataSource(ledger.dataSource()).assertUpdates(false)
                .sql("""
                        INSERT INTO ledger.transactions (transaction_id, user_id, account_id, source, external_id,
                            status, booking_date, amount_minor, currency, description, merchant, mcc, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (account_id, source, external_id) DO NOTHING""")
                .itemPreparedStatementSetter((t, ps) -> {
                    ps.setString(1, t.transactionId());
                    ps.setString(2, t.userId());
                    ps.setString(3, t.accountId());
                    ps.setString(4, t.source());
                    ps.setString(5, t.externalId());
                    ps.setString(6, t.status().name());
                    ps.setDate(7, Date.valueOf(t.bookingDate()));
                    ps.setLong(8, t.amount().minorUnits());
                    ps.setString(9, t.amount().currencyCode());
                    ps.setString(10, t.description());
                    ps.setString(11, t.merchant());
                    ps.setString(12, t.mcc());
                    ps.setLong(13, t.version());
                }).build();
        JdbcBatchItemWriter<OutboxMessage> outbox = new JdbcBatchItemWriterBuilder<OutboxMessage>()
                .dataSource(ledger.dataSource())
                .sql("INSERT INTO ops.outbox (topic, message_key, payload) VALUES (?, ?, CAST(? AS jsonb))")
                .itemPreparedStatementSetter((m, ps) -> {
                    ps.setString(1, m.topic());
                    ps.setString(2, m.key());
                    ps.setString(3, m.payload());
                }).build();
        transactions.afterPropertiesSet();
        outbox.afterPropertiesSet();
        TransactionTemplate tx = new TransactionTemplate(new JdbcTransactionManager(ledger.dataSource()));
        for (int from = 0; from < rows.size(); from += chunk) {
            List<LedgerTransaction> part = rows.subList(from, Math.min(rows.size(), from + chunk));
            Instant now = Instant.now();
            tx.executeWithoutResult(s -> {
                try {
                    transactions.write(new Chunk<>(part));
                    outbox.write(new Chunk<>(part.stream()
                            .map(t -> OutboxMessage.transactionEvent(t.toUpsertEvent(now))).toList()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        return rows.size();
    }

    /**
     * Ours again, on accounts that hold a pending the source removed: every written account first gets one, booked
     * amid the rows' dates (so the postings of the ten days after it are within its window, about a fifth of them),
     * a dinner at one of the rows' merchants. This is what a daily sync of an account with a recent pending pays:
     * the postings that could settle it (that merchant or none, an amount within the tolerance, in its window) take
     * the full matching path, the others the shortcut.
     */
    static long engineWithPending(BenchLedger ledger, BenchRows rows, int batch) {
        removedPendings(ledger, PENDING_AMID_ROWS, -4235, BenchRows.RESTAURANT);
        return engine(ledger, rows, batch);
    }

    /**
     * Ours again, the pending amid the rows a one-cent hold without a merchant (as a fuel pump's pre-authorisation
     * may be): it may settle at any amount, so every posting of its window takes the full path.
     */
    static long engineWithHold(BenchLedger ledger, BenchRows rows, int batch) {
        removedPendings(ledger, PENDING_AMID_ROWS, -1, null);
        return engine(ledger, rows, batch);
    }

    /**
     * Ours again, the same rows a second time into the ledger that holds them, as a window-based provider sends the
     * days it sent before, three times a day: nothing changed, so nothing may be written. Returns how many rows it
     * re-synced, after checking that it inserted none and wrote no event.
     */
    static long engineResync(BenchLedger ledger, BenchRows rows, int batch) {
        long events = ledger.count("ops.outbox");
        long inserted = engine(ledger, rows, batch);
        if (inserted != 0 || ledger.count("ops.outbox") != events) {
            throw new IllegalStateException("a re-sync of unchanged rows inserted " + inserted + " rows and wrote "
                    + (ledger.count("ops.outbox") - events) + " events");
        }
        return rows.size();
    }

    /**
     * Ours again, every posting within reach of a removed pending (one every ten days of the rows' span in each
     * account), so the whole batch takes the full matching path: staging COPY, set-based classification, fuzzy
     * candidates for every posting.
     */
    static long engineFullPath(BenchLedger ledger, BenchRows rows, int batch) {
        forceFullPath(ledger);
        return engine(ledger, rows, batch);
    }

    /** The pendings {@link #engineFullPath} gives every account of the ledger; returns how many rows they are. */
    static long forceFullPath(BenchLedger ledger) {
        return removedPendings(ledger, PENDINGS_OVER_ALL_ROWS, -1, null);
    }

    /**
     * One removed pending of the source per day given in every account of the ledger, for this amount at this
     * merchant (none: a hold described as such); how many rows in all.
     */
    private static long removedPendings(BenchLedger ledger, List<String> days, long amountMinor, String merchant) {
        int inserted = ledger.jdbc().update("""
                INSERT INTO ledger.transactions (transaction_id, user_id, account_id, source, external_id, status,
                    booking_date, amount_minor, currency, description, merchant, removed_at)
                SELECT 'old_pending_' || account_id || '_' || d, user_id, account_id, ?, 'old-pending-' || d,
                       'PENDING', d::date, ?, 'USD', coalesce(?, 'BENCH HOLD'), ?, now()
                FROM ledger.accounts CROSS JOIN unnest(?::text[]) AS d""",
                BenchRows.SOURCE, amountMinor, merchant, merchant, days.toArray(String[]::new));
        ledger.jdbc().update("INSERT INTO ledger.account_sources SELECT account_id, ? FROM ledger.accounts "
                + "ON CONFLICT DO NOTHING", BenchRows.SOURCE);
        return inserted;
    }

    /** Ours: the matching engine, {@code batch} incoming rows per transaction (ledger rows and their events). */
    static long engine(BenchLedger ledger, BenchRows rows, int batch) {
        JdbcTemplate jdbc = ledger.jdbc();
        Reconciler reconciler = new Reconciler(jdbc, new OutboxWriter(jdbc));
        TransactionTemplate tx = new TransactionTemplate(new JdbcTransactionManager(ledger.dataSource()));
        long inserted = 0;
        for (int start = 0; start < rows.size(); start += batch) {
            ReconcileBatch changes = ReconcileBatch.of(BenchRows.SOURCE,
                    rows.changes(start, Math.min(rows.size(), start + batch)));
            RunCounts counts = tx.execute(s -> reconciler.reconcile(changes));
            inserted += counts.inserted();
        }
        return inserted;
    }
}
