package dev.banksync.stream.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banksync.stream.state.StreamTypes;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.metrics.SimpleCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The bulk writer against a real PostgreSQL: collapsing, deletes, every column type the job writes, retries. */
@ExtendWith(BanksyncPostgres.class)
class BulkUpsertWriterIT {

    record Row(String user, LocalDate month, long amountMinor, BigDecimal share, boolean flag, Instant at,
               String note, boolean gone) {
    }

    static final BulkUpsert<Row> TABLE = BulkUpsert.<Row>into("public.bulk_rows")
            .key("user_id", "text", Row::user)
            .key("month", "date", Row::month)
            .column("amount_minor", "bigint", Row::amountMinor)
            .column("share", "numeric", Row::share)
            .column("flag", "boolean", Row::flag)
            .column("at", "timestamptz", Row::at)
            .column("note", "text", Row::note)
            .touch("updated_at")
            .deleteWhen(Row::gone)
            .build();

    static final TypeSerializer<Row> SERIALIZER = rowSerializer();

    private final ManualTime time = new ManualTime();
    private final SimpleCounter written = new SimpleCounter();

    @BeforeEach
    void table(TestDatabase db) {
        db.execute("""
                CREATE TABLE public.bulk_rows (user_id text, month date, amount_minor bigint NOT NULL,
                    share numeric(5, 4), flag boolean NOT NULL, at timestamptz NOT NULL, note text,
                    updated_at timestamptz NOT NULL, PRIMARY KEY (user_id, month))""");
    }

    @Test
    void theLatestRowPerKeyIsWrittenAndRemovalsDeleteTheirRow(TestDatabase db) throws Exception {
        BulkUpsertWriter<Row> writer = writer(db, 100);
        LocalDate may = LocalDate.of(2026, 5, 1);
        LocalDate june = LocalDate.of(2026, 6, 1);
        Instant at = Instant.parse("2026-06-03T10:15:30.123Z");
        writer.write(row("u1", may, -500, "0.1234", at, "it's \"quoted\", {braced}", false), null);
        writer.write(row("u1", may, -750, "0.5", at, null, false), null);
        writer.write(row("u2", june, 1_000_000_000_000L, null, at, "kept", false), null);
        writer.write(row("u3", june, 1, "1", at, "short-lived", false), null);
        writer.drain();
        assertThat(written.getCount()).as("four rows in, three distinct keys written").isEqualTo(3);

        writer.write(row("u3", june, 1, "1", at, "short-lived", true), null);
        writer.flush(true);
        writer.close();

        assertThat(rows(db)).containsExactly(
                "u1|2026-05-01|-750|0.5000|true|2026-06-03T10:15:30.123Z|null",
                "u2|2026-06-01|1000000000000|null|true|2026-06-03T10:15:30.123Z|kept");
        db.execute("UPDATE public.bulk_rows SET note = 'x'");
        writer = writer(db, 100);
        writer.write(row("u1", may, -1, "0", at, "it's \"quoted\", {braced}", false), null);
        writer.flush(true);
        assertThat(rows(db)).first().asString().endsWith("|it's \"quoted\", {braced}");
    }

    @Test
    void aFullBufferAndTheFlushTimerBothWrite(TestDatabase db) throws Exception {
        BulkUpsertWriter<Row> writer = writer(db, 3);
        Instant at = Instant.parse("2026-06-03T10:15:30Z");
        writer.write(row("a", LocalDate.of(2026, 1, 1), 1, "0", at, null, false), null);
        assertThat(time.callbacks).as("the first buffered row starts the flush timer").hasSize(1);
        writer.write(row("b", LocalDate.of(2026, 1, 1), 1, "0", at, null, false), null);
        assertThat(db.queryLong("SELECT count(*) FROM public.bulk_rows")).isZero();
        writer.write(row("c", LocalDate.of(2026, 1, 1), 1, "0", at, null, false), null);
        writer.awaitUnderWay();
        assertThat(db.queryLong("SELECT count(*) FROM public.bulk_rows")).as("three keys fill the buffer").isEqualTo(3);

        writer.write(row("d", LocalDate.of(2026, 1, 1), 1, "0", at, null, false), null);
        time.fire();
        writer.awaitUnderWay();
        assertThat(db.queryLong("SELECT count(*) FROM public.bulk_rows")).as("the timer wrote the rest").isEqualTo(4);
        writer.close();
    }

    @Test
    void aLostConnectionIsRetriedOnANewOne(TestDatabase db) throws Exception {
        BulkUpsertWriter<Row> writer = writer(db, 100);
        Instant at = Instant.parse("2026-06-03T10:15:30Z");
        writer.write(row("a", LocalDate.of(2026, 1, 1), 1, "0", at, null, false), null);
        writer.drain();
        db.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                + "WHERE datname = current_database() AND pid <> pg_backend_pid()");
        writer.write(row("b", LocalDate.of(2026, 1, 1), 2, "0", at, null, false), null);
        writer.drain();
        assertThat(db.queryLong("SELECT sum(amount_minor) FROM public.bulk_rows")).isEqualTo(3);
        writer.close();
    }

    @Test
    void aRowTheTableRejectsFailsTheWriteNamingTheTable(TestDatabase db) throws Exception {
        BulkUpsertWriter<Row> writer = writer(db, 100);
        writer.write(new Row("a", LocalDate.of(2026, 1, 1), 1, new BigDecimal("12.5"), true, Instant.EPOCH, null,
                false), null);
        assertThatThrownBy(writer::drain).isInstanceOf(IOException.class)
                .hasMessageContaining("public.bulk_rows").hasMessageContaining("after 2 attempts");
        writer.close();
    }

    @Test
    void aCheckpointTakesTheRowsTheDatabaseHasNotCommittedInsteadOfWaitingForIt(TestDatabase db) throws Exception {
        BulkUpsertWriter<Row> writer = writer(db, 100);
        Instant at = Instant.parse("2026-06-03T10:15:30Z");
        try (Connection blocker = db.dataSource().getConnection(); Statement lock = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            lock.execute("LOCK TABLE public.bulk_rows IN ACCESS EXCLUSIVE MODE");
            writer.write(row("under way", LocalDate.of(2026, 1, 1), 7, "0", at, null, false), null);
            writer.flush(false); // a checkpoint hands the buffer off: this batch now waits for the lock
            writer.write(row("buffered", LocalDate.of(2026, 1, 1), 8, "0", at, "late", false), null);

            List<BufferedRows> checkpoint = writer.snapshotState(1);

            BulkUpsertWriter<Row> restored = writer(db, 100);
            restored.restore(checkpoint);
            blocker.rollback();
            restored.drain();
            restored.close();
        }
        assertThat(rows(db)).containsExactly(
                "buffered|2026-01-01|8|0.0000|true|2026-06-03T10:15:30Z|late",
                "under way|2026-01-01|7|0.0000|true|2026-06-03T10:15:30Z|null");
        writer.drain();
        writer.close();
        assertThat(db.queryLong("SELECT count(*) FROM public.bulk_rows")).as("written twice, kept once").isEqualTo(2);
    }

    private BulkUpsertWriter<Row> writer(TestDatabase db, int maxKeys) {
        BulkUpsertConnection<Row> database = new BulkUpsertConnection<>(TABLE, db.settings(), written, 1, "test");
        return new BulkUpsertWriter<>(TABLE, database, SERIALIZER, time, maxKeys, Duration.ofMillis(200));
    }

    private static TypeSerializer<Row> rowSerializer() {
        StreamTypes.registerTypeFactories();
        return TypeInformation.of(Row.class).createSerializer(new SerializerConfigImpl());
    }

    private static Row row(String user, LocalDate month, long amount, String share, Instant at, String note,
            boolean gone) {
        return new Row(user, month, amount, share == null ? null : new BigDecimal(share), true, at, note, gone);
    }

    private static List<String> rows(TestDatabase db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT user_id, month, amount_minor, share, flag, at, note "
                        + "FROM public.bulk_rows ORDER BY user_id")) {
            while (r.next()) {
                out.add(r.getString(1) + "|" + r.getObject(2, LocalDate.class) + "|" + r.getLong(3) + "|"
                        + r.getBigDecimal(4) + "|" + r.getBoolean(5) + "|"
                        + r.getObject(6, java.time.OffsetDateTime.class).toInstant() + "|" + r.getString(7));
            }
        }
        return out;
    }

    /** A processing-time service whose timers fire when the test says. */
    static final class ManualTime implements ProcessingTimeService {
        final List<ProcessingTimeCallback> callbacks = new ArrayList<>();

        @Override
        public long getCurrentProcessingTime() {
            return 0;
        }

        @Override
        public ScheduledFuture<?> registerTimer(long timestamp, ProcessingTimeCallback callback) {
            callbacks.add(callback);
            return null;
        }

        void fire() throws Exception {
            List<ProcessingTimeCallback> due = new ArrayList<>(callbacks);
            callbacks.clear();
            for (ProcessingTimeCallback callback : due) {
                callback.onProcessingTime(0);
            }
        }
    }
}
