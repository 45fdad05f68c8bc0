package dev.banksync.batch.reconcile;

import dev.banksync.batch.copy.CsvCopyIn;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * The session's staging table: a temporary table (no WAL, invisible to other sessions, emptied at every commit)
 * that a batch is COPYed into, so that every decision after that is one set-based statement over it.
 */
final class StagingTable {

    static final String NAME = "reconcile_stage";

    private static final String CREATE = """
            CREATE TEMP TABLE IF NOT EXISTS reconcile_stage (
                seq                  int NOT NULL,      -- position in the collapsed batch (no index: joins are hashed)
                op                   char(1) NOT NULL,  -- U upsert, R removal
                account_id           text NOT NULL,
                user_id              text NOT NULL,
                source               text NOT NULL,
                external_id          text NOT NULL,
                new_id               text NOT NULL,     -- the id a new row gets, derived from its natural key
                pending_external_id  text,
                status               text,
                booking_date         date,
                value_date           date,
                authorized_date      date,
                authorized_at        timestamptz,
                amount_minor         bigint,
                currency             text,
                description          text,
                merchant             text,
                mcc                  text,
                target_id            text,              -- the ledger row it resolved to
                via_alias            boolean NOT NULL DEFAULT false,
                replaces             text,              -- the pending this posted row settles
                settled_by           text,              -- for a pending's removal: the posting that settled it
                action               text               -- NEW / NOOP until its identity is found, then decided
            ) ON COMMIT DELETE ROWS""";

    /**
     * For the rest of the batch's transaction: no JIT compilation. The engine's statements touch a batch's rows
     * through indexes, but a few carry cost estimates above {@code jit_above_cost} (the classification of known rows:
     * its EXISTS subplan alone is costed at millions), and PostgreSQL builds with LLVM (the official images) then spend
     * about 0.5 s compiling each of them, far longer than the statement runs: a re-sync of 100 000 unchanged rows took
     * 15 s on PostgreSQL 15 with JIT, 12 s of it compiling the classification of 25 batches.
     */
    private static final String NO_JIT = "SET LOCAL jit = off";

    private static final String COPY = "COPY reconcile_stage (seq, op, account_id, user_id, source, external_id, "
            + "new_id, pending_external_id, status, booking_date, value_date, authorized_date, authorized_at, "
            + "amount_minor, currency, description, merchant, mcc, action) FROM STDIN (FORMAT csv)";

    /**
     * From this many rows on the planner gets real statistics of the stage before the joins. Without them it takes
     * the stage for a row or two: a few hundred postings (the part of a daily sync within reach of a pending) were
     * paired with their accounts' pendings by a nested loop, 10–15 ms a batch, against 2 ms with statistics that
     * cost about 1 ms to gather.
     */
    private static final int ANALYZE_FROM_ROWS = 200;

    private StagingTable() {
    }

    /** Creates the table on first use in this session and COPYs the collapsed changes in, in order. */
    static void load(Connection c, StagedChanges staged) throws SQLException {
        List<IncomingChange> changes = staged.changes();
        try (Statement s = c.createStatement()) {
            // one round trip; the stage is empty already, unless a caller ran us outside a transaction
            s.execute(CREATE + ";\nTRUNCATE reconcile_stage;\n" + NO_JIT);
        }
        CsvCopyIn.copy(c, COPY, NAME, csv -> {
            int seq = 0;
            for (IncomingChange change : changes) {
                print(csv, seq, staged.source(), staged.newId(seq), change);
                seq++;
            }
        });
        if (changes.size() >= ANALYZE_FROM_ROWS) {
            try (Statement s = c.createStatement()) {
                // only the columns the statements filter and join on at this point: statistics of all 22 cost a
                // quarter of the staging (0.37 s of every 100 000 rows), these a fifth of that
                s.execute("ANALYZE reconcile_stage (seq, op, account_id, pending_external_id, status, action)");
            }
        }
    }

    private static void print(CSVPrinter csv, int seq, String source, String newId, IncomingChange change)
            throws IOException {
        if (change instanceof IncomingChange.Upsert upsert) {
            IncomingTransaction t = upsert.transaction();
            csv.printRecord(seq, "U", t.accountId(), t.userId(), source, t.externalId(), newId,
                    t.pendingExternalId(), t.status().name(), date(t.bookingDate()), date(t.valueDate()),
                    date(t.authorizedDate()), instant(t.authorizedAt()), t.amount().minorUnits(),
                    t.amount().currencyCode(), t.description(),
                    t.merchant(), t.mcc(), "NEW");
        } else {
            csv.printRecord(seq, "R", change.accountId(), change.userId(), source, change.externalId(), newId,
                    null, null, null, null, null, null, null, null, null, null, null, "NOOP");
        }
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
