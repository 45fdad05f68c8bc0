package dev.banksync.batch.reconcile;

import dev.banksync.batch.reconcile.ChangedRows.Changed;
import dev.banksync.core.event.TransactionEvent.TransactionStatus;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's writes, each one statement over the staging table that returns the rows it changed (for their
 * outbox events). Every change of an existing row increments its version; a removal is a tombstone
 * ({@code removed_at}), never a delete. {@code user_note} and category overrides are never overwritten.
 */
final class LedgerChanges {

    private static final String REMOVE = """
            UPDATE ledger.transactions t SET removed_at = now(), version = t.version + 1, updated_at = now()
            FROM reconcile_stage s
            WHERE s.action = 'REMOVE' AND t.transaction_id = s.target_id AND t.removed_at IS NULL"""
            + ChangedRows.returning("t");

    private static final String MODIFY = """
            UPDATE ledger.transactions t SET status = s.status, booking_date = s.booking_date,
                value_date = s.value_date, authorized_date = s.authorized_date,
                authorized_at = coalesce(s.authorized_at, t.authorized_at), amount_minor = s.amount_minor,
                currency = s.currency, description = s.description, merchant = s.merchant, mcc = s.mcc,
                replaces = coalesce(t.replaces, s.replaces), removed_at = NULL, version = t.version + 1,
                updated_at = now()
            FROM reconcile_stage s
            WHERE s.action IN ('MODIFY', 'RESTORE') AND t.transaction_id = s.target_id"""
            + ChangedRows.returning("t");

    private static final String CLAIM = """
            UPDATE ledger.transactions t SET replaces = s.replaces, version = t.version + 1, updated_at = now()
            FROM reconcile_stage s
            WHERE s.action = 'CLAIM' AND t.transaction_id = s.target_id AND t.replaces IS NULL"""
            + ChangedRows.returning("t");

    /** The pendings that rows of this batch settle: tombstoned, their place taken by the posted row. */
    private static final String SUPERSEDE = """
            UPDATE ledger.transactions p SET removed_at = now(), version = p.version + 1, updated_at = now()
            FROM reconcile_stage s
            WHERE s.action IN ('NEW', 'MODIFY', 'RESTORE', 'CLAIM') AND s.replaces IS NOT NULL
              AND p.transaction_id = s.replaces AND p.removed_at IS NULL""" + ChangedRows.returning("p");

    /** What the user wrote on a pending stays with the transaction when it posts. */
    private static final String CARRY_NOTES = """
            UPDATE ledger.transactions t SET user_note = p.user_note
            FROM reconcile_stage s JOIN ledger.transactions p ON p.transaction_id = s.replaces
            WHERE s.replaces IS NOT NULL AND s.action IN ('NEW', 'MODIFY', 'RESTORE', 'CLAIM')
              AND t.transaction_id = coalesce(s.target_id, s.new_id)
              AND t.user_note IS NULL AND p.user_note IS NOT NULL""";

    private static final String CARRY_OVERRIDES = """
            INSERT INTO ledger.category_overrides (transaction_id, user_id, category)
            SELECT coalesce(s.target_id, s.new_id), o.user_id, o.category
            FROM reconcile_stage s JOIN ledger.category_overrides o ON o.transaction_id = s.replaces
            JOIN ledger.transactions t ON t.transaction_id = coalesce(s.target_id, s.new_id)
            WHERE s.replaces IS NOT NULL AND s.action IN ('NEW', 'MODIFY', 'RESTORE', 'CLAIM')
            ON CONFLICT (transaction_id) DO NOTHING""";

    /** A posting of an earlier batch gains the pending whose removal this batch brought. */
    private static final String LATE_LINK = """
            UPDATE ledger.transactions t SET replaces = s.target_id, version = t.version + 1, updated_at = now()
            FROM reconcile_stage s
            WHERE s.action = 'LATE_SETTLED' AND t.transaction_id = s.settled_by AND t.replaces IS NULL"""
            + ChangedRows.returning("t");

    private static final String LATE_TOMBSTONE = """
            UPDATE ledger.transactions p SET removed_at = now(), version = p.version + 1, updated_at = now()
            FROM reconcile_stage s
            WHERE s.action = 'LATE_SETTLED' AND p.transaction_id = s.target_id AND p.removed_at IS NULL"""
            + ChangedRows.returning("p");

    private static final String LATE_NOTES = """
            UPDATE ledger.transactions t SET user_note = p.user_note
            FROM reconcile_stage s JOIN ledger.transactions p ON p.transaction_id = s.target_id
            WHERE s.action = 'LATE_SETTLED' AND t.transaction_id = s.settled_by
              AND t.user_note IS NULL AND p.user_note IS NOT NULL""";

    private static final String LATE_OVERRIDES = """
            INSERT INTO ledger.category_overrides (transaction_id, user_id, category)
            SELECT s.settled_by, o.user_id, o.category
            FROM reconcile_stage s JOIN ledger.category_overrides o ON o.transaction_id = s.target_id
            WHERE s.action = 'LATE_SETTLED'
            ON CONFLICT (transaction_id) DO NOTHING""";

    private static final String INSERT_ALIASES = """
            INSERT INTO ledger.transaction_aliases (account_id, source, external_id, transaction_id)
            SELECT account_id, source, external_id, target_id FROM reconcile_stage
            WHERE action IN ('ALIAS', 'CLAIM') AND NOT via_alias
            ON CONFLICT DO NOTHING""";

    private static final String RECORD_SOURCES = """
            INSERT INTO ledger.account_sources (account_id, source)
            SELECT DISTINCT account_id, source FROM reconcile_stage WHERE action = 'NEW'
            ON CONFLICT DO NOTHING""";

    private final JdbcTemplate jdbc;

    LedgerChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the batch's new rows of one status (with COPY); their rows are rebuilt from the staged changes. */
    List<Changed> insertNew(TransactionStatus status, StagedChanges staged) {
        return NewRowsCopy.insert(jdbc, status, staged);
    }

    List<Changed> remove() {
        return jdbc.query(REMOVE, ChangedRows.MAPPER);
    }

    List<Changed> modify() {
        return jdbc.query(MODIFY, ChangedRows.MAPPER);
    }

    /** Records new aliases, then lets aliased rows claim their pendings. */
    List<Changed> aliasAndClaim() {
        jdbc.update(INSERT_ALIASES);
        return jdbc.query(CLAIM, ChangedRows.MAPPER);
    }

    /** Tombstones the pendings this batch settled and carries the user's edits over to their postings. */
    List<Changed> supersede() {
        jdbc.update(CARRY_NOTES);
        jdbc.update(CARRY_OVERRIDES);
        return jdbc.query(SUPERSEDE, ChangedRows.MAPPER);
    }

    /** Links postings of earlier batches to the pendings removed now, carrying the edits; links first. */
    List<List<Changed>> settleLate() {
        jdbc.update(LATE_NOTES);
        jdbc.update(LATE_OVERRIDES);
        return List.of(jdbc.query(LATE_LINK, ChangedRows.MAPPER), jdbc.query(LATE_TOMBSTONE, ChangedRows.MAPPER));
    }

    void recordSources() {
        jdbc.update(RECORD_SOURCES);
    }
}
