package dev.banksync.batch.reconcile;

import dev.banksync.batch.ops.RunCounts;
import dev.banksync.batch.reconcile.ChangedRows.Changed;
import dev.banksync.batch.reconcile.NewRowsCopy.NewRow;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's short way for a batch that can do nothing but insert: only upserts, none naming a pending, none
 * already in the ledger (by id or alias), in accounts where no other source could hold the same purchase and this
 * source never left a pending to settle. Such a batch (a connection's first sync, a backfill into a new account)
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
        return !matches.otherSources(accounts, staged.source()) && !matches.pendings(accounts, staged.source())
                && !Boolean.TRUE.equals(jdbc.queryForObject(ANY_KNOWN, Boolean.class, keyAccounts, keyExternalIds,
                staged.source(), accounts, staged.source()));
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
