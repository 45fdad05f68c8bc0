package dev.banksync.batch.reconcile;

import dev.banksync.batch.ops.RunCounts;
import dev.banksync.batch.reconcile.ChangedRows.Changed;
import dev.banksync.batch.reconcile.NewRowsCopy.NewRow;
import dev.banksync.core.event.TransactionEvent.TransactionStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's short way for a batch that can do nothing but insert: only upserts, none naming a pending, none
 * already in the ledger (by id or alias), in accounts where no other source could hold the same purchase and no
 * pending the source removed lies within reach of the batch's postings (the pending window before them). Such a batch (a connection's first sync, a backfill into a new account)
 * needs no staging table and no matching: its rows are COPYed straight in. Every condition is checked against the
 * ledger under the accounts' locks, so the result is the one the full path would give.
 */
final class PlainInserts {

    /** By natural key, as the full path resolves identities (ids are derived from it, but rows outlive schemes). */
    private static final String ANY_KNOWN = """
            SELECT EXISTS (SELECT 1 FROM unnest(?::text[], ?::text[]) AS k(account_id, external_id)
                           JOIN ledger.transactions t ON t.account_id = k.account_id AND t.source = ?
                                AND t.external_id = k.external_id)
                OR EXISTS (SELECT 1 FROM ledger.transaction_aliases WHERE account_id = ANY(?::text[]) AND source = ?)""";

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

    /** Whether this change feed batch (not a snapshot) can only insert; ask with the accounts locked. */
    boolean applies(String[] accounts, StagedChanges staged) {
        for (IncomingChange change : staged.changes()) {
            if (!(change instanceof IncomingChange.Upsert upsert) || upsert.transaction().pendingExternalId() != null) {
                return false;
            }
        }
        int n = staged.changes().size();
        String[] keyAccounts = new String[n];
        String[] keyExternalIds = new String[n];
        for (int seq = 0; seq < n; seq++) {
            keyAccounts[seq] = staged.changes().get(seq).accountId();
            keyExternalIds[seq] = staged.changes().get(seq).externalId();
        }
        return !matches.otherSources(accounts, staged.source()) && !postingsCouldSettle(staged)
                && !Boolean.TRUE.equals(jdbc.queryForObject(ANY_KNOWN, Boolean.class, keyAccounts, keyExternalIds,
                staged.source(), accounts, staged.source()));
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

    /** Inserts every change of the batch, in batch order; returns them as written. */
    List<Changed> insert(String[] accounts, StagedChanges staged) {
        List<NewRow> rows = new ArrayList<>(staged.changes().size());
        for (int seq = 0; seq < staged.changes().size(); seq++) {
            rows.add(new NewRow(seq, null));
        }
        List<Changed> inserted = NewRowsCopy.copy(jdbc, staged, rows);
        jdbc.update(RECORD_SOURCES, staged.source(), accounts);
        return inserted;
    }

    static RunCounts counts(int fetched, int inserted) {
        return new RunCounts(fetched, inserted, 0, 0, 0, 0, 0);
    }
}
