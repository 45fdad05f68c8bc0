package dev.banksync.batch.reconcile;

import dev.banksync.batch.ledger.LedgerTransaction;
import dev.banksync.batch.outbox.OutboxMessage;
import dev.banksync.core.event.TransactionEvent.TransactionStatus;
import dev.banksync.core.money.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;

/**
 * The ledger rows one batch changed, in the order the statements changed them, each becoming one outbox event:
 * an UPSERT for a row that is live after the change, a REMOVE for one that was tombstoned. Within one
 * transaction the versions therefore reach the outbox in ascending order.
 */
final class ChangedRows {

    /** A changed row as the writing statement returned it. */
    record Changed(LedgerTransaction row, boolean removed) {
    }

    /** What every writing statement of the engine returns, for a table aliased {@code t} (or unaliased). */
    static String returning(String alias) {
        String p = alias.isEmpty() ? "" : alias + ".";
        return " RETURNING " + p + "transaction_id, " + p + "user_id, " + p + "account_id, " + p + "source, " + p
                + "external_id, " + p + "status, " + p + "booking_date, " + p + "value_date, " + p + "amount_minor, "
                + p + "currency, " + p + "description, " + p + "merchant, " + p + "mcc, " + p + "authorized_at, " + p
                + "replaces, " + p + "version, " + p + "removed_at IS NOT NULL AS removed";
    }

    static final RowMapper<Changed> MAPPER = ChangedRows::map;

    private final List<Changed> rows = new ArrayList<>();

    void addAll(List<Changed> changed) {
        rows.addAll(changed);
    }

    int size() {
        return rows.size();
    }

    /**
     * The rows' events, each stamped with its user's time zone from {@code zoneByUser} (absent: none). Each is
     * serialised when the outbox writer reaches it: while it serialises the next rows, PostgreSQL is already
     * storing the ones the COPY stream has sent (two cores, both busy, instead of one waiting for the other).
     */
    List<OutboxMessage> events(Instant emittedAt, Map<String, String> zoneByUser) {
        List<Changed> changed = List.copyOf(rows);
        return new AbstractList<>() {
            @Override
            public OutboxMessage get(int index) {
                Changed c = changed.get(index);
                String zone = zoneByUser.get(c.row().userId());
                return OutboxMessage.transactionEvent(c.removed()
                        ? c.row().toRemoveEvent(emittedAt, zone) : c.row().toUpsertEvent(emittedAt, null, zone));
            }

            @Override
            public int size() {
                return changed.size();
            }
        };
    }

    private static Changed map(ResultSet rs, int rowNum) throws SQLException {
        LedgerTransaction row = new LedgerTransaction(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), TransactionStatus.valueOf(rs.getString(6)),
                rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                Money.ofMinor(rs.getLong(9), rs.getString(10)), rs.getString(11), rs.getString(12), rs.getString(13),
                instant(rs.getObject(14, OffsetDateTime.class)), rs.getString(15), rs.getLong(16));
        return new Changed(row, rs.getBoolean(17));
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
