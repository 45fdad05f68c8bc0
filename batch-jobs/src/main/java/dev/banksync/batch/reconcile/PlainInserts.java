package dev.banksync.batch.reconcile;

import dev.banksync.batch.ops.RunCounts;
import dev.banksync.batch.reconcile.ChangedRows.Changed;
import dev.banksync.batch.reconcile.NewRowsCopy.NewRow;
import dev.banksync.core.event.TransactionEvent.TransactionStatus;
import java.sql.Connection;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's short way for the changes of a batch that can do nothing but insert: upserts naming no pending, not
 * already in the ledger (by id or alias), in accounts where no other source could hold the same purchase and the
 * batch neither removes nor links, and (for postings) that could settle no pending the source removed (none of the
 * account's removed pendings is a {@link PendingMatcher#plausible} pair for them: merchant, amount, dates). Such
 * changes (all of a connection's first sync or a backfill, most of a day's new transactions) need no staging table
 * and no matching: their rows are COPYed straight in, and only the rest of the batch takes the full path. Every
 * condition is checked against the ledger under the accounts' locks, and every decision of the full path stays
 * within an account and, for a settlement, within the plausible pairs (the matcher weighs descriptions over those
 * alone), so the result is the one the full path alone would give. "Not already in the ledger" is left to the
 * ledger's unique natural key: the COPY runs under a savepoint, a row the ledger already holds rolls it back, and
 * the whole batch takes the full path ({@link #tryInsert}). Probing each row's key first cost up to a tenth of the
 * shortcut, for the rare re-delivery that the unique index catches anyway.
 */
final class PlainInserts {

    /**
     * An account where the source has an alias (one of its transactions stands for another source's row) takes the
     * full path: an incoming row may be that alias, which the ledger's natural key cannot see.
     */
    private static final String ANY_ALIAS = """
            SELECT EXISTS (SELECT 1 FROM ledger.transaction_aliases WHERE account_id = ANY(?::text[]) AND source = ?)""";

    private static final String KNOWN_IDS = """
            SELECT transaction_id FROM ledger.transactions WHERE transaction_id = ANY(?::text[])""";

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
     * Which changes of this change-feed batch (not a snapshot) can do nothing but insert, as far as everything but
     * the rows' own keys tells (those {@link #tryInsert} leaves to the unique index); ask with the accounts locked.
     * None when an account of the batch may hold the same purchases from another source or holds an alias of this
     * one. Otherwise every upsert naming no pending, except the postings that could settle a pending the source
     * removed, earlier or in this very batch (the same currency, booked in the pending window after it, an amount
     * within the tolerance or a small hold, no other known merchant): only those, the removals and the linked
     * postings need the matching. A daily sync of an account with an unsettled pending thus stages the posting or
     * two that look like its settlement, not the whole day. When fewer than {@code minRows} changes (and not all)
     * could qualify at all, the answer is none, without asking the ledger.
     */
    BitSet plainChanges(String[] accounts, StagedChanges staged, int minRows) {
        List<IncomingChange> changes = staged.changes();
        BitSet plain = new BitSet(changes.size());
        long candidates = changes.stream().filter(c -> c instanceof IncomingChange.Upsert upsert
                && upsert.transaction().pendingExternalId() == null).count();
        if (candidates < changes.size() && candidates < minRows
                || matches.otherSources(accounts, staged.source())
                || Boolean.TRUE.equals(jdbc.queryForObject(ANY_ALIAS, Boolean.class, accounts, staged.source()))) {
            return plain;
        }
        Map<String, PostingDays> daysByAccount = new TreeMap<>();
        List<String> removed = new ArrayList<>();
        for (int seq = 0; seq < changes.size(); seq++) {
            if (changes.get(seq) instanceof IncomingChange.Upsert upsert) {
                IncomingTransaction t = upsert.transaction();
                if (t.status() == TransactionStatus.POSTED) {
                    daysByAccount.merge(t.accountId(), new PostingDays(t.bookingDate(), t.bookingDate()),
                            PostingDays::span);
                }
            } else {
                removed.add(staged.newId(seq));
            }
        }
        Map<String, List<MatchCandidates.RemovedPending>> removedPendings = daysByAccount.isEmpty() ? new HashMap<>()
                : matches.settleablePendings(staged.source(), daysByAccount.keySet().toArray(String[]::new),
                        daysByAccount.values().stream().map(d -> d.first().toString()).toArray(String[]::new),
                        daysByAccount.values().stream().map(d -> d.last().toString()).toArray(String[]::new));
        if (!removed.isEmpty()) {
            matches.removedBy(removed.toArray(String[]::new), removedPendings);
        }
        for (int seq = 0; seq < changes.size(); seq++) {
            if (changes.get(seq) instanceof IncomingChange.Upsert upsert
                    && upsert.transaction().pendingExternalId() == null
                    && !couldSettle(upsert.transaction(), removedPendings)) {
                plain.set(seq);
            }
        }
        return plain;
    }

    /** Which of these changes the ledger already holds, by their rows' ids (a re-delivery, a modification). */
    BitSet known(StagedChanges staged, BitSet among) {
        Map<String, Integer> seqById = new HashMap<>();
        among.stream().forEach(seq -> seqById.put(staged.newId(seq), seq));
        BitSet known = new BitSet(staged.changes().size());
        jdbc.query(KNOWN_IDS, rs -> {
            known.set(seqById.get(rs.getString(1)));
        }, (Object) seqById.keySet().toArray(String[]::new));
        return known;
    }

    private boolean couldSettle(IncomingTransaction t,
                                Map<String, List<MatchCandidates.RemovedPending>> removedPendingsByAccount) {
        return t.status() == TransactionStatus.POSTED
                && matches.couldSettle(t, removedPendingsByAccount.getOrDefault(t.accountId(), List.of()));
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
    Optional<List<Changed>> tryInsert(StagedChanges staged, Consumer<List<Changed>> publish) {
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
        jdbc.update(RECORD_SOURCES, staged.source(),
                staged.changes().stream().map(IncomingChange::accountId).distinct().toArray(String[]::new));
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
