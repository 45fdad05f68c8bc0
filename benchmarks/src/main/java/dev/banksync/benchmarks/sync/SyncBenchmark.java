package dev.banksync.benchmarks.sync;

import dev.banksync.batch.ledger.LedgerTransaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The sync benchmark of BENCHMARKS.md ("Sync and reconcile"). The same {@code rows} posted transactions are
 * written three ways into a fresh migrated database each time: (a) one raw COPY into ledger.transactions (the
 * physical limit), (b) the naive Spring Batch JdbcBatchItemWriter with a per-row INSERT … ON CONFLICT plus one
 * outbox row each, and (c) the matching engine (COPY into a staging table, set-based SQL, outbox events), in
 * transactions of {@code batch} rows as the sync job commits them. Then the engine writes the same rows into
 * ledgers that already hold 1M and 10M rows, to show the cost does not grow with history.
 * Last, the whole path end to end: bankSyncJob syncing {@code users} sandbox-bank connections over HTTP.
 * Arguments: {@code [rows] [histories] [repeats] [batch] [users]} (default 100000 0,1000000,10000000 3 4000 500;
 * 0 users skips the end-to-end run).
 */
public final class SyncBenchmark {

    private static final int ACCOUNTS = 100;
    private static final int HISTORY_ACCOUNTS = 10_000;

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-sync-benchmark.xml");
        }
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long[] histories = Arrays.stream((args.length > 1 ? args[1] : "0,1000000,10000000").split(","))
                .mapToLong(Long::parseLong).toArray();
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 4000;
        int users = args.length > 4 ? Integer.parseInt(args[4]) : 500;

        BenchRows rows = BenchRows.generate(count, ACCOUNTS, 42);
        List<LedgerTransaction> ledgerRows = rows.ledgerRows();
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "%d rows over %d accounts, engine batches of %d, %d cores, Java %s, "
                + "median of %d runs", count, ACCOUNTS, batch, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), repeats));

        double copy = median(repeats, "raw COPY", count, ledger -> Contenders.rawCopy(ledger, ledgerRows), 0);
        double naive = median(repeats, "naive", count, ledger -> Contenders.naive(ledger, ledgerRows, 500), 0);
        double engine = median(repeats, "engine", count, ledger -> Contenders.engine(ledger, rows, batch), 0);
        report.add(line("(a) raw COPY into ledger.transactions", copy, count));
        report.add(line("(b) naive JdbcBatchItemWriter, per-row INSERT … ON CONFLICT + outbox row", naive, count));
        report.add(line("(c) matching engine (staging COPY + set-based SQL + outbox events)", engine, count));
        report.add(String.format(Locale.ROOT, "engine / raw COPY = %.2f; engine / naive = %.1fx",
                copy / engine, naive / engine));

        for (long history : histories) {
            String name = "engine with " + history + " existing rows";
            double seconds = medianOn(repeats, name, count, HISTORY_ACCOUNTS, history,
                    ledger -> Contenders.engine(ledger, rows, batch));
            report.add(line("engine, ledger already holding " + String.format(Locale.ROOT, "%,d", history)
                    + " rows", seconds, count));
        }
        if (users > 0) {
            report.add(EndToEndSync.run(users, 2, batch / 500).line());
        }
        report.forEach(System.out::println);
    }

    /** Writes the rows into a fresh ledger {@code repeats} times; the median of the timed writes, in seconds. */
    private static double median(int repeats, String name, int count, Write write, long history) throws Exception {
        return medianOn(repeats, name, count, ACCOUNTS, history, write);
    }

    private static double medianOn(int repeats, String name, int count, int accounts, long history, Write write)
            throws Exception {
        double[] seconds = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            try (BenchLedger ledger = BenchLedger.create("sync_bench", accounts, history)) {
                long start = System.nanoTime();
                long written = write.into(ledger);
                seconds[i] = (System.nanoTime() - start) / 1e9;
                long rowsNow = ledger.count("ledger.transactions");
                if (written != count || rowsNow != history + count) {
                    throw new IllegalStateException(name + ": wrote " + written + " rows, ledger holds " + rowsNow
                            + ", expected " + count + " new");
                }
                System.err.printf(Locale.ROOT, "%s run %d: %.2f s%n", name, i + 1, seconds[i]);
            }
        }
        Arrays.sort(seconds);
        return seconds[repeats / 2];
    }

    private static String line(String what, double seconds, int count) {
        return String.format(Locale.ROOT, "%-82s %7.2f s %,10.0f rows/s", what, seconds, count / seconds);
    }

    @FunctionalInterface
    private interface Write {
        long into(BenchLedger ledger) throws Exception;
    }
}
