package dev.banksync.batch.reconcile;

import dev.banksync.batch.copy.CsvCopyIn;
import dev.banksync.batch.reconcile.ChangedRows.Changed;
import dev.banksync.core.event.TransactionEvent.TransactionStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the batch's new rows into {@code ledger.transactions} with COPY, from the changes in memory: the stage
 * only says which rows are new and which pending each settles. COPY inserts in multi-row heap batches where an
 * {@code INSERT … SELECT} from the stage goes row by row, and the rows are the bulk of a first sync.
 *
 * <p>No conflict handling (it would cost a speculative insertion per row): on the full path the batch's accounts
 * are locked and its identities resolved, so a new row cannot exist yet, and if a writer that bypasses the engine
 * made one, the unique index aborts the whole batch instead of a row being dropped silently; the shortcut
 * ({@link PlainInserts}) relies on that very abort to learn that a row is not new.
 */
final class NewRowsCopy {

    private static final String NEW_ROWS = """
            SELECT seq, replaces FROM reconcile_stage WHERE action = 'NEW' AND status = ? ORDER BY seq""";

    private static final String COPY = """
            COPY ledger.transactions (transaction_id, user_id, account_id, source, external_id, status, booking_date,
                value_date, authorized_date, authorized_at, amount_minor, currency, description, merchant, mcc,
                replaces)
            FROM STDIN (FORMAT csv)""";

    /** Change {@code seq} of the batch is new; {@code replaces} is the pending it settles, or null. */
    record NewRow(int seq, String replaces) {
    }

    private NewRowsCopy() {
    }

    /** Inserts the staged batch's new rows of one status, in batch order; returns them as written (version 1). */
    static List<Changed> insert(JdbcTemplate jdbc, TransactionStatus status, StagedChanges staged) {
        return copy(jdbc, staged,
                jdbc.query(NEW_ROWS, (rs, i) -> new NewRow(rs.getInt(1), rs.getString(2)), status.name()));
    }

    /** Inserts these changes of the batch (all upserts), in the order given; returns them as written. */
    static List<Changed> copy(JdbcTemplate jdbc, StagedChanges staged, List<NewRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        jdbc.execute((ConnectionCallback<Void>) c -> {
            CsvCopyIn.copy(c, COPY, "ledger.transactions", csv -> {
                for (NewRow row : rows) {
                    IncomingTransaction t = ((IncomingChange.Upsert) staged.changes().get(row.seq())).transaction();
                    csv.printRecord(staged.newId(row.seq()), t.userId(), t.accountId(), staged.source(),
                            t.externalId(), t.status().name(), date(t.bookingDate()), date(t.valueDate()),
                            date(t.authorizedDate()), StagingTable.instant(t.authorizedAt()),
                            t.amount().minorUnits(), t.amount().currencyCode(), t.description(), t.merchant(),
                            t.mcc(), row.replaces());
                }
            });
            return null;
        });
        List<Changed> inserted = new ArrayList<>(rows.size());
        for (NewRow row : rows) {
            inserted.add(new Changed(staged.inserted(staged.newId(row.seq()), row.replaces()), false));
        }
        return inserted;
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
