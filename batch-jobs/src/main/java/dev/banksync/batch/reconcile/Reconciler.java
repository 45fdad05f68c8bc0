package dev.banksync.batch.reconcile;

import dev.banksync.batch.ops.RunCounts;
import dev.banksync.batch.outbox.OutboxWriter;
import dev.banksync.batch.reconcile.ChangedRows.Changed;
import dev.banksync.core.event.TransactionEvent.TransactionStatus;
import java.time.Clock;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The matching engine: reconciles one batch of incoming changes into the ledger, with an outbox event for every
 * row it changes, all in the caller's database transaction. The batch is COPYed into a staging table and every
 * decision is a set-based statement over it; only the fuzzy pairing of candidates (a few rows) runs in Java. The
 * rows of a change feed that can only be inserted ({@link PlainInserts}: all of a first sync or a backfill, most of
 * a day) skip the staging and are COPYed in; only the rest is staged.
 *
 * <p>Order of work: identities (own key, then aliases) → the batch's new pendings → reported links → modified
 * rows → for snapshot sources, rows missing from the window staged as removals → cross-source duplicates → fuzzy
 * settlements (new postings with pendings the source removed) → late settlements (removed pendings with unlinked
 * postings of earlier batches) → the other removals → new posted rows → aliases and their claims → superseded
 * pendings.
 * Pendings are matched before removals apply, so a pending whose removal and settlement arrive together counts
 * as settled, not removed; and only pendings the source removed are matched fuzzily, so a wrong guess can cost
 * a link, never a live row.
 * Writers of the same accounts are serialised by a row lock on each account, taken first, in account order.
 */
public class Reconciler {

    /** Also reads each account's user's time zone, which every event of the batch carries. */
    private static final String LOCK_ACCOUNTS = """
            SELECT a.account_id, a.user_id, u.time_zone
            FROM ledger.accounts a JOIN ledger.users u ON u.user_id = a.user_id
            WHERE a.account_id = ANY(?::text[])
            ORDER BY a.account_id FOR NO KEY UPDATE OF a""";

    private static final List<Changed> NONE = List.of();

    /**
     * A batch of which only some rows can take the short way is split only when they are at least this many: the
     * short way's own statements (a savepoint, a COPY of rows and one of events, the sources) cost about what the
     * full path spends on a couple of hundred rows: splitting every batch made the end-to-end sync of 500
     * connections of ~190 rows each 4 % slower (median of four alternated pairs), with this threshold it is on par.
     */
    static final int DEFAULT_MIN_PLAIN_ROWS_TO_SPLIT = 250;

    private final JdbcTemplate jdbc;
    private final OutboxWriter outbox;
    private final Clock clock;
    private final StageClassifier classifier;
    private final LedgerChanges ledger;
    private final MatchCandidates matches;
    private final PlainInserts plainInserts;
    private final int minPlainRowsToSplit;

    public Reconciler(JdbcTemplate jdbc, OutboxWriter outbox, MatchPolicy policy, Clock clock) {
        this(jdbc, outbox, policy, clock, DEFAULT_MIN_PLAIN_ROWS_TO_SPLIT);
    }

    /** With another split threshold: tests split batches of a few rows. */
    Reconciler(JdbcTemplate jdbc, OutboxWriter outbox, MatchPolicy policy, Clock clock, int minPlainRowsToSplit) {
        this.minPlainRowsToSplit = minPlainRowsToSplit;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
        this.classifier = new StageClassifier(jdbc);
        this.ledger = new LedgerChanges(jdbc);
        this.matches = new MatchCandidates(jdbc, policy);
        this.plainInserts = new PlainInserts(jdbc, matches);
    }

    public Reconciler(JdbcTemplate jdbc, OutboxWriter outbox) {
        this(jdbc, outbox, MatchPolicy.DEFAULT, Clock.systemUTC());
    }

    /**
     * Applies the batch and returns what it did ({@code fetched} counts the changes as delivered, before several
     * changes of one transaction were reduced to the last; {@code rejected} is always 0 here).
     *
     * @throws IllegalStateException when called outside a Spring-managed transaction: the staging table lives
     *                               only as long as the transaction, and the rows and events must commit together
     */
    public RunCounts reconcile(ReconcileBatch batch) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Reconciler.reconcile must run inside a database transaction");
        }
        List<IncomingChange> changes = ChangeCollapser.collapse(batch.changes());
        if (changes.isEmpty() && batch.window() == null) {
            return RunCounts.ZERO;
        }
        Map<String, String> zones = new HashMap<>();
        String[] accounts = lockAccounts(batch, changes, zones);
        StagedChanges staged = new StagedChanges(batch.source(), changes);
        if (batch.window() == null) {
            BitSet plain = plainInserts.plainChanges(accounts, staged, minPlainRowsToSplit);
            if (worthTheShortWay(plain, changes.size())) {
                Optional<RunCounts> counts = insertPlainStageRest(batch, staged, plain, accounts, zones);
                if (counts.isEmpty()) {
                    // a row the ledger holds already (a modification, a re-delivery) stopped the COPY: match those
                    plain.andNot(plainInserts.known(staged, plain));
                    if (worthTheShortWay(plain, changes.size())) {
                        counts = insertPlainStageRest(batch, staged, plain, accounts, zones);
                    }
                }
                if (counts.isPresent()) {
                    return counts.get();
                }
            }
        }
        return reconcileStaged(batch, staged, accounts, zones);
    }

    /** All of the batch, or enough of it to pay for a second COPY of rows and of events beside the full path. */
    private boolean worthTheShortWay(BitSet plain, int changes) {
        return !plain.isEmpty() && (plain.cardinality() == changes || plain.cardinality() >= minPlainRowsToSplit);
    }

    /**
     * COPYs the plain changes in and sends the rest down the full path; empty, with nothing written, when the ledger
     * already holds one of the plain changes.
     */
    private Optional<RunCounts> insertPlainStageRest(ReconcileBatch batch, StagedChanges staged, BitSet plain,
                                                     String[] accounts, Map<String, String> zones) {
        boolean all = plain.cardinality() == staged.changes().size();
        Optional<List<Changed>> inserted = plainInserts.tryInsert(all ? staged : staged.subset(plain, true),
                rows -> publish(List.of(rows), zones));
        return inserted.map(rows -> all ? PlainInserts.counts(batch.changes().size(), rows.size())
                : PlainInserts.counts(0, rows.size())
                        .plus(reconcileStaged(batch, staged.subset(plain, false), accounts, zones)));
    }

    /**
     * The full path: the changes COPYed into the staging table, every decision a set-based statement over it; its
     * counts include all of the batch's fetched changes.
     */
    private RunCounts reconcileStaged(ReconcileBatch batch, StagedChanges staged, String[] accounts,
                                      Map<String, String> zones) {
        boolean snapshot = batch.window() != null;
        jdbc.execute((ConnectionCallback<Void>) c -> {
            StagingTable.load(c, staged);
            return null;
        });
        classifier.resolveIdentities(accounts, batch.source());
        StageClassifier.Profile stage = classifier.profile();
        List<Changed> newPendings = stage.newPending() > 0
                ? ledger.insertNew(TransactionStatus.PENDING, staged) : NONE;
        if (stage.links() > 0) {
            classifier.resolveLinks();
        }
        if (stage.known() > 0) {
            classifier.classifyKnown(snapshot);
        }
        List<Changed> modified = stage.known() > 0 ? ledger.modify() : NONE;
        int absences = snapshot ? classifier.stageWindowAbsences(batch.source(), batch.window()) : 0;
        boolean postings = stage.newPosted() > 0;
        int aliased = postings && matches.otherSources(accounts, batch.source())
                ? matches.markCrossSourceDuplicates() : 0;
        int guessed = postings && matches.pendings(accounts, batch.source()) ? matches.markFuzzySettlements() : 0;
        int late = 0;
        List<Changed> removed = NONE;
        if (stage.removals() + absences > 0) {
            classifier.settleRemovals();
            late = matches.markLateSettlements();
            removed = ledger.remove();
        }
        List<Changed> newPosted = postings ? ledger.insertNew(TransactionStatus.POSTED, staged) : NONE;
        List<Changed> claims = aliased > 0 || stage.links() > 0 ? ledger.aliasAndClaim() : NONE;
        List<Changed> superseded = stage.links() > 0 || guessed > 0 ? ledger.supersede() : NONE;
        List<List<Changed>> settledLate = late > 0 ? ledger.settleLate() : List.of(NONE, NONE);
        if (!newPendings.isEmpty() || !newPosted.isEmpty()) {
            ledger.recordSources();
        }

        publish(List.of(modified, newPendings, removed, newPosted, claims, superseded, settledLate.get(0),
                settledLate.get(1)), zones);

        long settled = newPosted.stream().filter(c -> c.row().replaces() != null).count() + claims.size()
                + settledLate.get(0).size();
        return new RunCounts(batch.changes().size(), newPendings.size() + newPosted.size(), modified.size(),
                (int) settled, removed.size(), ignored(), 0);
    }

    /** One outbox event per changed row, in the order the statements changed them. */
    private void publish(List<List<Changed>> changedInOrder, Map<String, String> zoneByUser) {
        ChangedRows changed = new ChangedRows();
        changedInOrder.forEach(changed::addAll);
        outbox.append(changed.events(clock.instant(), zoneByUser));
    }

    /**
     * Locks the batch's accounts, in order (so two writers never wait on each other in a cycle); returns them, and
     * puts their users' time zones into {@code zoneByUser}.
     */
    private String[] lockAccounts(ReconcileBatch batch, List<IncomingChange> changes,
                                  Map<String, String> zoneByUser) {
        TreeSet<String> accounts = changes.stream().map(IncomingChange::accountId)
                .collect(Collectors.toCollection(TreeSet::new));
        if (batch.window() != null) {
            accounts.addAll(batch.window().accountIds());
        }
        String[] ordered = accounts.toArray(String[]::new);
        jdbc.query(LOCK_ACCOUNTS, rs -> {
            zoneByUser.put(rs.getString(2), UserTimeZones.valid(rs.getString(2), rs.getString(3)));
        }, (Object) ordered);
        return ordered;
    }

    /** Re-deliveries, cross-source duplicates and removals of rows the ledger does not hold. */
    private int ignored() {
        Map<String, Integer> byAction = jdbc.query(
                "SELECT action, count(*) FROM reconcile_stage GROUP BY action",
                rs -> {
                    Map<String, Integer> m = new java.util.HashMap<>();
                    while (rs.next()) {
                        m.put(rs.getString(1), rs.getInt(2));
                    }
                    return m;
                });
        return byAction.getOrDefault("UNCHANGED", 0) + byAction.getOrDefault("ALIAS", 0)
                + byAction.getOrDefault("NOOP", 0);
    }
}
