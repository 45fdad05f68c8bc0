package dev.banksync.batch.sync;

import dev.banksync.sandbox.truth.GroundTruth;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A live transaction reduced to what the ledger and the sandbox's ground truth can both say, in the bank's own
 * identities, so the two can be compared as sets.
 */
record LiveTransaction(String account, String id, long amountMinor, String currency, String date, boolean pending,
                       String name, String merchant, Instant authorizedAt) {

    /** What the sandbox says a perfect consumer holds for one of its connections. */
    static Set<LiveTransaction> truth(GroundTruth truth) {
        return truth.transactions().map(t -> new LiveTransaction(t.accountId(), t.transactionId(), t.amountMinor(),
                t.currency(), t.date().toString(), t.pending(), t.name(), t.merchantName(), t.authorizedAt()))
                .collect(Collectors.toSet());
    }

    /** The live rows of one bank connection in our ledger. */
    static Set<LiveTransaction> ledger(JdbcTemplate sql, long connectionId) {
        return Set.copyOf(sql.query("""
                SELECT a.external_account_id, t.external_id, t.amount_minor, t.currency, t.booking_date::text,
                       t.status = 'PENDING', t.description, t.merchant, t.authorized_at
                FROM ledger.transactions t JOIN ledger.accounts a ON a.account_id = t.account_id
                WHERE a.connection_id = ? AND t.removed_at IS NULL""", (rs, i) -> new LiveTransaction(
                rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4).strip(), rs.getString(5),
                rs.getBoolean(6), rs.getString(7), rs.getString(8), instant(rs.getObject(9, OffsetDateTime.class))),
                connectionId));
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
