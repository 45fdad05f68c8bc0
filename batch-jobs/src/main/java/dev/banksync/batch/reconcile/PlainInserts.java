package dev.banksync.batch.reconcile;

import dev.banksync.batch.ops.RunCounts;
import dev.banksync.batch.reconcile.ChangedRows.Changed;
import dev.banksync.batch.reconcile.NewRowsCopy.NewRow;
import dev.banksync.core.event.TransactionEvent.TransactionStatus;
import java.sql.Connection;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's short way for a batch that can do nothing but insert: only upserts, none naming a pending, none
 * already in the ledger (by id or alias), in accounts where no other source could hold the same purchase and no
 * pending the source removed lies within reach of the batch's postings (the pending window before them). Such a
 * batch (a connection's first sync, a backfill, a day's new transactions) needs no staging table and no matching:
 * its rows are COPYed straight in. Every condition is checked against the ledger under the accounts' locks, so the
 * result is the one the full path would give. "None already in the ledger" is left to the ledger's unique natural
 * key: the COPY runs under a savepoint, a row the ledger already holds rolls it back, and the batch takes the full
 * path ({@link #tryInsert}). Probing each row's key first cost up to a tenth of the shortcut, for the rare
 * re-delivery that the unique index catches anyway.
 */
final class PlainInserts {

    /**
     * An account where the source has an alias (one of its transactions stands for another source's row) takes the
     * full path: an incoming row may be that alias, which the ledger's natural key cannot see.
     */
    private static final String ANY_ALIAS = """
            SELECT EXISTS (SELECT 1 FROM ledger.transaction_aliases WHERE account_id = ANY(?::text[]) AND source = ?)""";

    private static final String RECORD_SOURCES = """
            INSERT INTO ledger.account_sources (account_id, source)
            SELECT DISTINCT a, ? FROM unnest(?::text[]) AS a
            ON CONFLICT DO NOTHING""";

    private final JdbcTemplate jdbc;
    private final MatchCandidates matches;

    PlainInserts(JdbcTemplate jdbc, MatchCandidates matches) {
        this.jdbc = jdbc;
        this.matches = matches;
    }

    /**
     * Whether this change feed batch (not a snapshot) may only insert, as far as everything but the rows' own keys
     * tells (those {@link #tryInsert} leaves to the unique index); ask with the accounts locked.
     */
    boolean applies(String[] accounts, StagedChanges staged) {
        for (IncomingChange change : staged.changes()) {
            if (!(change instanceof IncomingChange.Upsert upsert) || upsert.transaction().pendingExternalId() != null) {
                return false;
            }
        }
        return !matches.otherSources(accounts, staged.source()) && !postingsCouldSettle(staged)
                && !Boolean.TRUE.equals(jdbc.queryForObject(ANY_ALIAS, Boolean.class, accounts, staged.source()));
    }

    /**
     * Whether a posting of the batch could settle a pending the source removed: an account's old pendings (booked
     * before its postings' pending window) do not send a daily sync down the full path.
     */
    private boolean postingsCouldSettle(StagedChanges staged) {
        Map<String, PostingDays> daysByAccount = new TreeMap<>();
        for (IncomingChange change : staged.changes()) {
            IncomingTransaction t = ((IncomingChange.Upsert) change).transaction();
            if (t.status() == TransactionStatus.POSTED) {
                daysByAccount.merge(t.accountId(), new PostingDays(t.bookingDate(), t.bookingDate()),
                        PostingDays::span);
            }
        }
        if (daysByAccount.isEmpty()) {
            return false;
        }
        return matches.settleablePendings(staged.source(), daysByAccount.keySet().toArray(String[]::new),
                daysByAccount.values().stream().map(d -> d.first().toString()).toArray(String[]::new),
                daysByAccount.values().stream().map(d -> d.last().toString()).toArray(String[]::new));
    }

    /** The first and last booking day of an account's postings in the batch. */
    private record PostingDays(LocalDate first, LocalDate last) {
        PostingDays span(PostingDays other) {
            return new PostingDays(first.isBefore(other.first) ? first : other.first,
                    last.isAfter(other.last) ? last : other.last);
        }
    }

    /**
     * Inserts every change of the batch, in batch order, hands them as written to {@code publish} (which writes
     * their events under the same savepoint, so rows and events carry one transaction id), and returns them; or,
     * when the ledger already holds one of them (a unique natural key or id), inserts nothing and returns empty: the
     * caller's transaction is as it was (rolled back to the savepoint), ready for the full path.
     */
    Optional<List<Changed>> tryInsert(String[] accounts, StagedChanges staged, Consumer<List<Changed>> publish) {
        List<NewRow> rows = new ArrayList<>(staged.changes().size());
        for (int seq = 0; seq < staged.changes().size(); seq++) {
            rows.add(new NewRow(seq, null));
        }
        Savepoint before = jdbc.execute((ConnectionCallback<Savepoint>) Connection::setSavepoint);
        List<Changed> inserted;
        try {
            inserted = NewRowsCopy.copy(jdbc, staged, rows);
        } catch (DuplicateKeyException known) {
            jdbc.execute((ConnectionCallback<Void>) c -> {
                c.rollback(before);
                return null;
            });
            return Optional.empty();
        }
        jdbc.update(RECORD_SOURCES, staged.source(), accounts);
        publish.accept(inserted);
        jdbc.execute((ConnectionCallback<Void>) c -> {
            c.releaseSavepoint(before);
            return null;
        });
        return Optional.of(inserted);
    }

    static RunCounts counts(int fetched, int inserted) {
        return new RunCounts(fetched, inserted, 0, 0, 0, 0, 0);
    }
}
