package dev.banksync.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.api.spending.MonthlySpending;
import dev.banksync.api.spending.SpendingQueries;
import dev.banksync.app.demo.ThinSlice;
import dev.banksync.app.spring.SpringContexts;
import dev.banksync.batch.importer.ImportResult;
import dev.banksync.core.db.DbSettings;
import dev.banksync.core.db.SimpleDataSources;
import dev.banksync.stream.InsightsJobConfig;
import dev.banksync.stream.InsightsJobMain;
import dev.banksync.stream.state.StateTtl;
import dev.banksync.testkit.BanksyncKafka;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.kafka.TestKafka;
import dev.banksync.testkit.postgres.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.flink.core.execution.JobClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The foundation's thin slice end to end on real infrastructure, each component under its own least-privilege
 * role: CSV → Spring Batch (ledger + outbox, one transaction) → relay → Kafka → Flink (MiniCluster) →
 * insights.spending_monthly → read through banksync_api_reader. Expected totals are folded here from the rows.
 */
@ExtendWith({BanksyncPostgres.class, BanksyncKafka.class})
class ThinSliceIT {

    record Row(String date, String description, String amount) {
        boolean valid() {
            return amount.matches("-?\\d+\\.\\d\\d");
        }

        long minor() {
            return Long.parseLong(amount.replace(".", ""));
        }

        YearMonth month() {
            return YearMonth.from(LocalDate.parse(date));
        }
    }

    static final List<Row> ROWS = List.of(
            new Row("2026-05-01", "SALARY ACME CORP PAYROLL", "4100.00"),
            new Row("2026-05-02", "TESCO STORES 2231", "-54.21"),
            new Row("2026-05-03", "SQ *BLUE BOTTLE #123", "-4.50"),
            new Row("2026-05-03", "SQ *BLUE BOTTLE #123", "-4.50"),   // a second identical coffee: two transactions
            new Row("2026-05-17", "SHELL OIL 5741", "-61.08"),
            new Row("2026-05-20", "broken row", "12,x"),               // quarantined, not imported
            new Row("2026-06-01", "SALARY ACME CORP PAYROLL", "4100.00"),
            new Row("2026-06-04", "TESCO STORES 2231", "-48.99"),
            new Row("2026-06-09", "REFUND TESCO STORES 2231", "12.00"));

    @Test
    void csvToInsightsThroughEveryRealComponent(TestDatabase db, TestKafka kafka, @TempDir Path dir) throws Exception {
        long started = System.nanoTime();
        Path csv = dir.resolve("statement.csv");
        Files.writeString(csv, "Date,Description,Amount\n" + ROWS.stream()
                .map(r -> r.date() + "," + r.description() + "," + (r.amount().contains(",") ? "\"" + r.amount() + "\"" : r.amount()))
                .collect(Collectors.joining("\n")) + "\n");
        long valid = ROWS.stream().filter(Row::valid).count();

        DbSettings batchWriter = db.loginAs("banksync_batch_writer");
        ImportResult imported;
        try (var batch = SpringContexts.batch(batchWriter, "--spring.flyway.enabled=false")) {
            imported = ThinSlice.importStatement(batch, csv, "u-slice", "acc-slice", "GBP");
        }
        assertThat(imported.succeeded()).isTrue();
        assertThat(imported.inserted()).isEqualTo(valid);
        assertThat(imported.rejected()).isEqualTo(1);
        assertThat(db.queryLong("SELECT count(*) FROM ledger.transactions")).isEqualTo(valid);
        assertThat(db.queryLong("SELECT count(*) FROM ops.outbox")).isEqualTo(valid);
        assertThat(db.queryLong("SELECT count(*) FROM ops.rejected_records WHERE reason <> ''")).isEqualTo(1);

        int sent = ThinSlice.relayAll(SimpleDataSources.of(batchWriter), kafka.bootstrapServers(), kafka.topics());
        assertThat(sent).isEqualTo(valid);
        assertThat(db.queryLong("SELECT count(*) FROM ops.outbox WHERE sent_at IS NULL")).isZero();

        JobClient job = InsightsJobMain.runLocal(new InsightsJobConfig(kafka.bootstrapServers(), kafka.topics(),
                "thin-slice", db.loginAs("banksync_stream_writer"), 2, Duration.ofSeconds(1),
                InsightsJobConfig.StartingOffsets.EARLIEST, StateTtl.DEFAULT));
        List<MonthlySpending> rows;
        try {
            SpendingQueries api = new SpendingQueries(SimpleDataSources.of(db.loginAs("banksync_api_reader")));
            rows = ThinSlice.awaitSpending(api, "u-slice", YearMonth.of(2026, 1), YearMonth.of(2026, 12),
                    r -> r.stream().mapToInt(MonthlySpending::transactionCount).sum() == valid, Duration.ofSeconds(90));
        } finally {
            job.cancel().get();
        }

        Map<YearMonth, long[]> expected = new TreeMap<>();   // month -> {spent, received, count}
        for (Row r : ROWS) {
            if (r.valid()) {
                long[] t = expected.computeIfAbsent(r.month(), m -> new long[3]);
                t[r.minor() < 0 ? 0 : 1] += Math.abs(r.minor());
                t[2]++;
            }
        }
        Map<YearMonth, long[]> actual = new TreeMap<>();
        for (MonthlySpending s : rows) {
            assertThat(s.currency()).isEqualTo("GBP");
            long[] t = actual.computeIfAbsent(s.month(), m -> new long[3]);
            t[0] += s.spentMinor();
            t[1] += s.receivedMinor();
            t[2] += s.transactionCount();
        }
        assertThat(actual).hasSameSizeAs(expected);
        expected.forEach((month, t) -> assertThat(actual.get(month)).as(month.toString()).containsExactly(t));
        assertThat(rows).filteredOn(s -> s.category().equals("INCOME"))
                .extracting(MonthlySpending::receivedMinor).containsOnly(410000L);
        System.out.printf("thin slice IT: %d ms end to end%n", (System.nanoTime() - started) / 1_000_000);
    }
}
