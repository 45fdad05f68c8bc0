package dev.banksync.batch.reconcile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gathers, with one indexed query each, the ledger rows that new incoming rows might duplicate (another source's
 * row of the same purchase) or settle (an unclaimed pending), lets the plain-Java matchers pick one-to-one pairs,
 * and writes the picks back into the staging table.
 */
final class MatchCandidates {

    /** New posted rows in accounts that have rows of another source, against those rows. */
    private static final String CROSS_SOURCE = """
            SELECT s.seq, t.transaction_id, t.booking_date - s.booking_date AS days, s.description,
                   t.description AS existing_description
            FROM reconcile_stage s
            JOIN ledger.account_sources o ON o.account_id = s.account_id AND o.source <> s.source
            JOIN ledger.transactions t ON t.account_id = s.account_id AND t.source = o.source
                 AND t.booking_date BETWEEN s.booking_date - ? AND s.booking_date + ?
                 AND t.amount_minor = s.amount_minor AND t.currency = s.currency
                 AND t.status = 'POSTED' AND t.removed_at IS NULL
            WHERE s.action = 'NEW' AND s.status = 'POSTED'
              AND NOT EXISTS (SELECT 1 FROM ledger.transaction_aliases a
                              WHERE a.transaction_id = t.transaction_id AND a.source = s.source)""";

    /**
     * New posted rows without a resolved link, against unclaimed pendings of the same account and source that
     * the source has removed: already (a tombstone) or in this batch (a snapshot's absences are staged as
     * removals). A pending the bank still shows is never taken, so a wrong guess can cost a link but never a live
     * row. Driven from the batch's accounts: one range scan of the pending index per account, source and currency
     * of the new postings, over the span of their dates (LATERAL; OFFSET 0 keeps the planner from flattening it into
     * a join over every pending), and the few pendings found are then joined to the postings in memory. So the cost
     * follows the batch's accounts, not the number of pendings in the ledger, nor one probe per posting (which was a
     * tenth of a daily sync's reconciling).
     */
    private static final String PENDINGS = """
            WITH postings AS MATERIALIZED (
                SELECT s.seq, s.account_id, s.source, s.currency, s.booking_date, s.authorized_date, s.amount_minor,
                       s.description, s.merchant
                FROM reconcile_stage s
                WHERE s.action = 'NEW' AND s.status = 'POSTED' AND s.replaces IS NULL),
            spans AS (
                SELECT account_id, source, currency, min(booking_date) AS first_day, max(booking_date) AS last_day
                FROM postings GROUP BY account_id, source, currency),
            pendings AS MATERIALIZED (
                SELECT p.*
                FROM spans b
                CROSS JOIN LATERAL (
                    SELECT p.transaction_id, p.account_id, p.source, p.currency, p.booking_date, p.amount_minor,
                           p.description, p.merchant
                    FROM ledger.transactions p
                    WHERE p.account_id = b.account_id AND p.status = 'PENDING'
                      AND p.booking_date BETWEEN b.first_day - ? AND b.last_day
                      AND p.source = b.source AND p.currency = b.currency
                      AND (p.removed_at IS NOT NULL
                           OR p.transaction_id IN (SELECT r.target_id FROM reconcile_stage r
                                                   WHERE r.action = 'REMOVE' AND r.target_id IS NOT NULL))
                      AND p.transaction_id NOT IN (SELECT c.replaces FROM reconcile_stage c
                                                   WHERE c.replaces IS NOT NULL)
                      AND NOT EXISTS (SELECT 1 FROM ledger.transactions r WHERE r.replaces = p.transaction_id)
                    OFFSET 0
                ) p)
            SELECT s.seq, p.transaction_id,
                   s.booking_date, s.authorized_date, s.amount_minor, s.description, s.merchant,
                   p.booking_date, p.amount_minor, p.description, p.merchant
            FROM postings s
            JOIN pendings p ON p.account_id = s.account_id AND p.source = s.source AND p.currency = s.currency
                 AND p.booking_date BETWEEN s.booking_date - ? AND s.booking_date""";

    /**
     * See {@link #settleablePendingDays}: a range scan of the pending index per account (LATERAL, with OFFSET 0 so
     * that the planner cannot flatten it into a join that reads every pending of the ledger, which it did when its
     * statistics had not yet seen a burst of new pendings: 35–50 ms a batch with 60 000 pendings, growing with them).
     */
    private static final String SETTLEABLE_PENDINGS = """
            SELECT p.*
            FROM unnest(?::text[], ?::text[]::date[], ?::text[]::date[]) AS b(account_id, first_day, last_day)
            CROSS JOIN LATERAL (
                SELECT p.account_id, p.currency, p.booking_date, p.amount_minor, p.description, p.merchant
                FROM ledger.transactions p
                WHERE p.account_id = b.account_id AND p.status = 'PENDING'
                  AND p.booking_date BETWEEN b.first_day - ?::int AND b.last_day
                  AND p.source = ? AND p.removed_at IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM ledger.transactions r WHERE r.replaces = p.transaction_id)
                OFFSET 0
            ) p""";

    /** The pendings a batch removes: postings that could settle them must be matched. */
    private static final String REMOVED_IN_BATCH = """
            SELECT account_id, currency, booking_date, amount_minor, description, merchant
            FROM ledger.transactions
            WHERE transaction_id = ANY(?::text[]) AND status = 'PENDING'""";

    /**
     * Removals of pendings that nothing in this batch settles, against postings already in the ledger without
     * a link: the posting came in an earlier batch than its pending's removal.
     */
    private static final String LATE = """
            SELECT s.seq, t.transaction_id,
                   t.booking_date, t.authorized_date, t.amount_minor, t.description, t.merchant,
                   p.booking_date, p.amount_minor, p.description, p.merchant
            FROM reconcile_stage s
            JOIN ledger.transactions p ON p.transaction_id = s.target_id AND p.status = 'PENDING'
            JOIN ledger.transactions t ON t.account_id = p.account_id AND t.source = p.source
                 AND t.status = 'POSTED' AND t.currency = p.currency AND t.removed_at IS NULL AND t.replaces IS NULL
                 AND t.booking_date BETWEEN p.booking_date AND p.booking_date + ?
            WHERE s.action = 'REMOVE'""";

    private static final String MARK_LATE = """
            UPDATE reconcile_stage s SET action = 'LATE_SETTLED', settled_by = m.posted_id
            FROM unnest(?::int[], ?::text[]) AS m(seq, posted_id) WHERE s.seq = m.seq""";

    private static final String MARK_ALIASES = """
            UPDATE reconcile_stage s SET action = 'ALIAS', target_id = m.transaction_id
            FROM unnest(?::int[], ?::text[]) AS m(seq, transaction_id) WHERE s.seq = m.seq""";

    /** An alias whose row has no pending yet takes the pending this incoming row settles. */
    private static final String ALIASES_THAT_CLAIM = """
            UPDATE reconcile_stage s SET action = 'CLAIM'
            FROM ledger.transactions t
            WHERE s.action = 'ALIAS' AND s.replaces IS NOT NULL AND t.transaction_id = s.target_id
              AND t.replaces IS NULL""";

    private static final String MARK_SETTLEMENTS = """
            UPDATE reconcile_stage s SET replaces = m.pending_id
            FROM unnest(?::int[], ?::text[]) AS m(seq, pending_id) WHERE s.seq = m.seq""";

    private final JdbcTemplate jdbc;
    private final MatchPolicy policy;
    private final PendingMatcher pendingMatcher;

    MatchCandidates(JdbcTemplate jdbc, MatchPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.pendingMatcher = new PendingMatcher(policy);
    }

    /** Whether any of these accounts has rows from another source (else there is nothing to deduplicate against). */
    boolean otherSources(String[] accounts, String source) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM ledger.account_sources "
                + "WHERE account_id = ANY(?::text[]) AND source <> ?)", Boolean.class, accounts, source));
    }

    /** Whether any of these accounts ever had a pending of this source (else no posting can settle one). */
    boolean pendings(String[] accounts, String source) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM ledger.transactions "
                + "WHERE account_id = ANY(?::text[]) AND status = 'PENDING' AND source = ?)", Boolean.class,
                accounts, source));
    }

    /**
     * The removed, unclaimed pendings of the source, by account, booked between each account's first posting day
     * minus the pending window and its last (ISO dates): the only pendings {@link #markFuzzySettlements} could pair
     * a posting with, but for those the batch itself removes ({@link #removedBy}).
     */
    Map<String, List<RemovedPending>> settleablePendings(String source, String[] accounts, String[] firstDays,
                                                         String[] lastDays) {
        Map<String, List<RemovedPending>> pendings = new HashMap<>();
        jdbc.query(SETTLEABLE_PENDINGS, rs -> {
            addRemovedPending(pendings, rs);
        }, accounts, firstDays, lastDays, policy.pendingWindowDays(), source);
        return pendings;
    }

    /** Adds to {@code pendings}, by account, the pendings among the rows these removals name. */
    void removedBy(String[] removedIds, Map<String, List<RemovedPending>> pendings) {
        jdbc.query(REMOVED_IN_BATCH, rs -> {
            addRemovedPending(pendings, rs);
        }, (Object) removedIds);
    }

    private static void addRemovedPending(Map<String, List<RemovedPending>> pendings, ResultSet rs)
            throws SQLException {
        pendings.computeIfAbsent(rs.getString(1), a -> new ArrayList<>()).add(new RemovedPending(rs.getString(2),
                new PendingMatcher.Pending(rs.getObject(3, LocalDate.class), rs.getLong(4), rs.getString(5),
                        rs.getString(6))));
    }

    /**
     * Whether this incoming posting could settle one of its account's removed pendings: the same currency, and a
     * {@link PendingMatcher#plausible} pair (the merchant, the amount, the dates). If not, the matching could not
     * pair it with any of them.
     */
    boolean couldSettle(IncomingTransaction posting, List<RemovedPending> accountPendings) {
        PendingMatcher.Posted posted = new PendingMatcher.Posted(posting.bookingDate(), posting.authorizedDate(),
                posting.amount().minorUnits(), posting.description(), posting.merchant());
        String currency = posting.amount().currencyCode();
        for (RemovedPending removed : accountPendings) {
            if (removed.currency().equals(currency) && pendingMatcher.plausible(posted, removed.pending())) {
                return true;
            }
        }
        return false;
    }

    /** A pending the source removed, as the matcher sees it, with its currency. */
    record RemovedPending(String currency, PendingMatcher.Pending pending) {
    }

    MatchPolicy policy() {
        return policy;
    }

    /** Turns NEW rows that another source already has into ALIAS (or CLAIM) rows; returns how many. */
    int markCrossSourceDuplicates() {
        List<CrossSourceMatcher.Candidate> candidates = jdbc.query(CROSS_SOURCE, (rs, i) ->
                new CrossSourceMatcher.Candidate(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5)), policy.crossSourceDays(), policy.crossSourceDays());
        if (candidates.isEmpty()) {
            return 0;
        }
        Map<Integer, String> matches = CrossSourceMatcher.match(candidates);
        write(MARK_ALIASES, matches);
        jdbc.update(ALIASES_THAT_CLAIM);
        return matches.size();
    }

    /**
     * Gives NEW posted rows without a reported link the removed pending they most plausibly settle; returns how
     * many.
     */
    int markFuzzySettlements() {
        return pair(PENDINGS, MARK_SETTLEMENTS, policy.pendingWindowDays(), policy.pendingWindowDays());
    }

    /**
     * Lets removals of pendings (a change feed's, or a snapshot's absences) find the unlinked postings of earlier
     * batches that settled them.
     */
    int markLateSettlements() {
        return pair(LATE, MARK_LATE, policy.pendingWindowDays());
    }

    private int pair(String candidatesSql, String markSql, Object... parameters) {
        List<PendingMatcher.Candidate> candidates = jdbc.query(candidatesSql, (rs, i) -> new PendingMatcher.Candidate(
                rs.getInt(1), rs.getString(2),
                new PendingMatcher.Posted(rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                        rs.getLong(5), rs.getString(6), rs.getString(7)),
                new PendingMatcher.Pending(rs.getObject(8, LocalDate.class), rs.getLong(9), rs.getString(10),
                        rs.getString(11))), parameters);
        if (candidates.isEmpty()) {
            return 0;
        }
        Map<Integer, String> matches = pendingMatcher.match(candidates);
        write(markSql, matches);
        return matches.size();
    }

    private void write(String sql, Map<Integer, String> matches) {
        if (!matches.isEmpty()) {
            jdbc.update(sql, matches.keySet().stream().mapToInt(Integer::intValue).toArray(),
                    matches.values().toArray(String[]::new));
        }
    }
}
