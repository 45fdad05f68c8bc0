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
 * batch neither removes nor links, and (for postings) with no pending the source removed within reach (the pending
 * window before them). Such changes (all of a connection's first sync or a backfill, most of a day's new
 * transactions) need no staging table and no matching: their rows are COPYed straight in, and only the rest of the
 * batch takes the full path. Every condition is checked against the ledger under the accounts' locks, and every
 * decision of the full path stays within an account and, for a settlement, within a pending's reach, so the result
 * is the one the full path alone would give. "Not already in the ledger" is left to the ledger's unique natural key:
 * the COPY runs under a savepoint, a row the ledger already holds rolls it back, and the whole batch takes the full
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

    /** The pendings a batch removes, by account and booking day: postings within their reach may settle them. */
    private static final String REMOVED_PENDING_DAYS = """
            SELECT account_id, booking_date FROM ledger.transactions
            WHERE transaction_id = ANY(?::text[]) AND status = 'PENDING'""";

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
     * one. Otherwise every upsert naming no pending, except the postings within reach of a pending the source
     * removed, earlier or in this very batch (booked in the pending window before them): only those could settle
     * one, so only they, the removals and the linked postings need the matching. A daily sync of an account with an
     * unsettled pending thus stages the few postings after it, not the whole day. When fewer than {@code minRows}
     * changes (and not all) could qualify at all, the answer is none, without asking the ledger.
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
        Map<String, List<LocalDate>> pendingDays = daysByAccount.isEmpty() ? new HashMap<>()
                : matches.settleablePendingDays(staged.source(), daysByAccount.keySet().toArray(String[]::new),
                        daysByAccount.values().stream().map(d -> d.first().toString()).toArray(String[]::new),
                        daysByAccount.values().stream().map(d -> d.last().toString()).toArray(String[]::new));
        if (!removed.isEmpty()) {
            jdbc.query(REMOVED_PENDING_DAYS, rs -> {
                pendingDays.computeIfAbsent(rs.getString(1), a -> new ArrayList<>())
                        .add(rs.getObject(2, LocalDate.class));
            }, (Object) removed.toArray(String[]::new));
        }
        for (int seq = 0; seq < changes.size(); seq++) {
            if (changes.get(seq) instanceof IncomingChange.Upsert upsert
                    && upsert.transaction().pendingExternalId() == null
                    && !couldSettle(upsert.transaction(), pendingDays)) {
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

    private boolean couldSettle(IncomingTransaction t, Map<String, List<LocalDate>> pendingDaysByAccount) {
        if (t.status() != TransactionStatus.POSTED) {
            return false;
        }
        for (LocalDate pendingDay : pendingDaysByAccount.getOrDefault(t.accountId(), List.of())) {
            if (matches.policy().withinPendingWindow(pendingDay, t.bookingDate())) {
                return true;
            }
        }
        return false;
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
