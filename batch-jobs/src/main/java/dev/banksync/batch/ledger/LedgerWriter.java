package dev.banksync.batch.ledger;

import dev.banksync.batch.outbox.OutboxMessage;
import dev.banksync.batch.outbox.OutboxWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts new ledger transactions and, for exactly the rows that were new, their outbox events. It writes in the
 * caller's transaction (the chunk's, in a Spring Batch step), so the ledger rows and their events commit or roll
 * back together. One statement per table per call: the rows travel as arrays and {@code unnest} into a set-based
 * insert. Rows whose natural key exists already are left as they are; updating them is the reconcile engine's job.
 */
public class LedgerWriter {

    private static final String INSERT = """
            INSERT INTO ledger.transactions (transaction_id, user_id, account_id, source, external_id, status,
                booking_date, value_date, amount_minor, currency, description, merchant, mcc, replaces, version)
            SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::date[],
                ?::date[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[])
            ON CONFLICT (account_id, source, external_id) DO NOTHING
            RETURNING transaction_id
            """;

    private final JdbcTemplate jdbc;
    private final OutboxWriter outbox;
    private final Clock clock;

    public LedgerWriter(JdbcTemplate jdbc, OutboxWriter outbox, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
    }

    public LedgerWriter(JdbcTemplate jdbc, OutboxWriter outbox) {
        this(jdbc, outbox, Clock.systemUTC());
    }

    /** Inserts the rows that are new and returns them, in input order; the others were already in the ledger. */
    public List<LedgerTransaction> insertNew(List<LedgerTransaction> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<String> inserted = new HashSet<>(jdbc.queryForList(INSERT, String.class,
                column(rows, LedgerTransaction::transactionId), column(rows, LedgerTransaction::userId),
                column(rows, LedgerTransaction::accountId), column(rows, LedgerTransaction::source),
                column(rows, LedgerTransaction::externalId), column(rows, t -> t.status().name()),
                column(rows, t -> t.bookingDate().toString()),
                column(rows, t -> t.valueDate() == null ? null : t.valueDate().toString()),
                rows.stream().mapToLong(t -> t.amount().minorUnits()).toArray(),
                column(rows, t -> t.amount().currencyCode()), column(rows, LedgerTransaction::description),
                column(rows, LedgerTransaction::merchant), column(rows, LedgerTransaction::mcc),
                column(rows, LedgerTransaction::replaces), rows.stream().mapToLong(LedgerTransaction::version).toArray()));
        List<LedgerTransaction> fresh = rows.stream().filter(t -> inserted.contains(t.transactionId())).toList();
        Instant now = clock.instant();
        outbox.append(fresh.stream().map(t -> OutboxMessage.transactionEvent(t.toUpsertEvent(now))).toList());
        return fresh;
    }

    private static String[] column(List<LedgerTransaction> rows, Function<LedgerTransaction, String> field) {
        return rows.stream().map(field).toArray(String[]::new);
    }
}
