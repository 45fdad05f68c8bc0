package dev.banksync.benchmarks.sync;

import dev.banksync.batch.ledger.LedgerTransaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The sync benchmark of BENCHMARKS.md ("Sync and reconcile"). The same {@code rows} posted transactions are
 * written three ways into a fresh migrated database each time: (a) one raw COPY into ledger.transactions (the
 * physical limit), (b) the naive Spring Batch JdbcBatchItemWriter with a per-row INSERT … ON CONFLICT plus one
 * outbox row each, and (c) the matching engine (COPY into a staging table, set-based SQL, outbox events), in
 * transactions of {@code batch} rows as the sync job commits them; (c') is the engine again on accounts that hold a
 * removed pending (a dinner) with a fifth of the postings in its window (those that could settle it need the
 * matching, the others may take the plain-insert shortcut that all of (c) takes), (c'-hold) the same with a hold
 * that every posting of its window could settle, and (c'') with every posting within reach of one, so that the
 * whole batch takes the full matching path; (d) sends the same rows again to the ledger that holds them (a re-sync,
 * nothing changed). Then the engine's
 * full path writes fresh rows into ledgers that already hold 1M and 10M rows, and re-syncs them, to show the cost
 * does not grow with history.
 * Last, the whole path end to end: bankSyncJob syncing {@code users} sandbox-bank connections over HTTP.
 * Arguments: {@code [rows] [histories] [repeats] [batch] [users]} (default 100000 0,1000000,10000000 3 4000 500;
 * histories {@code none} and 0 users skip those parts).
 */
public final class SyncBenchmark {

    private static final int ACCOUNTS = 100;
    private static final int HISTORY_ACCOUNTS = 10_000;
    /** The removed pendings {@link Contenders#forceFullPath} gives the benchmark ledger's accounts. */
    private static final int PENDINGS_FOR_FULL_PATH = 6 * ACCOUNTS;

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-sync-benchmark.xml");
        }
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String historyArg = args.length > 1 ? args[1] : "0,1000000,10000000";
        long[] histories = historyArg.equals("none") ? new long[0]
                : Arrays.stream(historyArg.split(",")).mapToLong(Long::parseLong).toArray();
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 4000;
        int users = args.length > 4 ? Integer.parseInt(args[4]) : 500;

        BenchRows rows = BenchRows.generate(count, ACCOUNTS, 42, "n");
        List<LedgerTransaction> ledgerRows = rows.ledgerRows();
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "%d rows over %d accounts, engine batches of %d, %d cores, Java %s, "
                + "median of %d rounds", count, ACCOUNTS, batch, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), repeats));

        // Interleaved (a, b, c, a, b, c, …) so that a change in the machine's load hits every contender alike;
        // the ratios are taken within each round and their median reported.
        double[][] rounds = new double[repeats][];
        for (int i = 0; i < repeats; i++) {
            rounds[i] = new double[] {
                timed("raw COPY", i, count, ledger -> Contenders.rawCopy(ledger, ledgerRows)),
                timed("naive", i, count, ledger -> Contenders.naive(ledger, ledgerRows, 500)),
                timed("engine", i, count, ledger -> Contenders.engine(ledger, rows, batch)),
                timed("raw COPY + outbox", i, count, ledger -> Contenders.rawCopyWithOutbox(ledger, ledgerRows)),
                timed("engine, a fifth in a pending's window", i, count + ACCOUNTS,
                        ledger -> Contenders.engineWithPending(ledger, rows, batch) + ACCOUNTS),
                timed("engine, full path", i, count + PENDINGS_FOR_FULL_PATH,
                        ledger -> Contenders.engineFullPath(ledger, rows, batch) + PENDINGS_FOR_FULL_PATH),
                timed("engine, a fifth in a hold's window", i, count + ACCOUNTS,
                        ledger -> Contenders.engineWithHold(ledger, rows, batch) + ACCOUNTS),
                timed("engine, re-sync of the same rows", i, count,
                        ledger -> Contenders.engine(ledger, rows, batch),
                        ledger -> Contenders.engineResync(ledger, rows, batch))};
        }
        double copy = median(rounds, r -> r[0]);
        double naive = median(rounds, r -> r[1]);
        double engine = median(rounds, r -> r[2]);
        report.add(line("(a) raw COPY into ledger.transactions", copy, count));
        report.add(line("(a') raw COPY into ledger.transactions, then of one outbox event per row",
                median(rounds, r -> r[3]), count));
        report.add(line("(b) naive JdbcBatchItemWriter, per-row INSERT … ON CONFLICT + outbox row", naive,
                count));
        report.add(line("(c) matching engine (these rows can only be inserted: its COPY shortcut)", engine, count));
        report.add(line("(c') matching engine, a removed pending (a dinner) with a fifth of the postings in its window",
                median(rounds, r -> r[4]), count));
        report.add(line("(c'-hold) the same, the pending a one-cent hold that any of them could settle",
                median(rounds, r -> r[6]), count));
        report.add(line("(c'') matching engine, full path (staging COPY + set-based SQL + outbox events)",
                median(rounds, r -> r[5]), count));
        report.add(line("(d) matching engine, the same rows again (a re-sync: nothing changed, nothing written)",
                median(rounds, r -> r[7]), count));
        report.add(String.format(Locale.ROOT, "engine throughput / (a) = %.2f; / (a') = %.2f; / (b) = %.1fx "
                + "(medians of the per-round ratios)", median(rounds, r -> r[0] / r[2]),
                median(rounds, r -> r[3] / r[2]), median(rounds, r -> r[1] / r[2])));
        report.add(String.format(Locale.ROOT, "with a pending / (a) = %.2f; / (a') = %.2f; / (b) = "
                + "%.1fx", median(rounds, r -> r[0] / r[4]), median(rounds, r -> r[3] / r[4]),
                median(rounds, r -> r[1] / r[4])));
        report.add(String.format(Locale.ROOT, "with a hold / (a) = %.2f; / (a') = %.2f; / (b) = "
                + "%.1fx", median(rounds, r -> r[0] / r[6]), median(rounds, r -> r[3] / r[6]),
                median(rounds, r -> r[1] / r[6])));
        report.add(String.format(Locale.ROOT, "full path throughput / (a) = %.2f; / (a') = %.2f; / (b) = %.1fx; "
                + "(a) / (b) = %.1fx", median(rounds, r -> r[0] / r[5]), median(rounds, r -> r[3] / r[5]),
                median(rounds, r -> r[1] / r[5]), median(rounds, r -> r[1] / r[0])));
        report.add(String.format(Locale.ROOT, "re-sync / (a) = %.2f (the rows' time against a COPY of them)",
                median(rounds, r -> r[0] / r[7])));

        for (long history : histories) {
            double[] seconds = onHistory(repeats, count, history, batch);
            String holding = String.format(Locale.ROOT, "%,d", history);
            report.add(line("raw COPY, ledger already holding " + holding + " rows", seconds[0], count));
            report.add(line("engine (full path), ledger already holding " + holding + " rows", seconds[1], count)
                    + String.format(Locale.ROOT, "  (%.2f of raw COPY)", seconds[0] / seconds[1]));
            report.add(line("engine, the same rows again (re-sync), ledger holding " + holding + " rows", seconds[2],
                    count) + String.format(Locale.ROOT, "  (%.2f of raw COPY)", seconds[0] / seconds[2]));
        }
        if (users > 0) {
            report.add(EndToEndSync.run(users, 2, batch / 500).line());
        }
        report.forEach(System.out::println);
    }

    /** Writes the rows into a fresh ledger; the seconds the write took. */
    private static double timed(String name, int round, int count, Write write) throws Exception {
        return timed(name, round, count, ledger -> 0, write);
    }

    /** As above, {@code setUp} first (not timed), e.g. the first sync of rows a re-sync then sends again. */
    private static double timed(String name, int round, int count, Write setUp, Write write) throws Exception {
        try (BenchLedger ledger = BenchLedger.create("sync_bench", ACCOUNTS, 0)) {
            setUp.into(ledger);
            long start = System.nanoTime();
            long written = write.into(ledger);
            double seconds = (System.nanoTime() - start) / 1e9;
            long rowsNow = ledger.count("ledger.transactions");
            if (written != count || rowsNow != count) {
                throw new IllegalStateException(name + ": wrote " + written + " rows, ledger holds " + rowsNow
                        + ", expected " + count);
            }
            System.err.printf(Locale.ROOT, "%s round %d: %.2f s%n", name, round + 1, seconds);
            return seconds;
        }
    }

    private static double median(double[][] rounds, ToDoubleFunction<double[]> value) {
        double[] values = Arrays.stream(rounds).mapToDouble(value).sorted().toArray();
        return values[values.length / 2];
    }

    /**
     * Fills one ledger with {@code history} rows (which takes long), then writes fresh sets of {@code count} rows
     * into it, alternately by raw COPY and by the engine, {@code repeats} times each; the two medians, in seconds.
     * The COPY shows what inserting into indexes of that size costs anyway; the ledger grows by a few percent.
     */
    private static double[] onHistory(int repeats, int count, long history, int batch) {
        double[][] rounds = new double[repeats][];
        try (BenchLedger ledger = BenchLedger.create("sync_history", HISTORY_ACCOUNTS, history)) {
            Contenders.forceFullPath(ledger); // the path whose joins could grow with history
            for (int i = 0; i < repeats; i++) {
                List<LedgerTransaction> copied = BenchRows.generate(count, ACCOUNTS, 200 + i, "c" + i).ledgerRows();
                BenchRows reconciled = BenchRows.generate(count, ACCOUNTS, 100 + i, "e" + i);
                long start = System.nanoTime();
                Contenders.rawCopy(ledger, copied);
                double copy = (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                long written = Contenders.engine(ledger, reconciled, batch);
                double engine = (System.nanoTime() - start) / 1e9;
                if (written != count) {
                    throw new IllegalStateException("engine on " + history + " rows wrote " + written);
                }
                start = System.nanoTime();
                Contenders.engineResync(ledger, reconciled, batch);
                double resync = (System.nanoTime() - start) / 1e9;
                System.err.printf(Locale.ROOT, "history %d round %d: raw COPY %.2f s, engine %.2f s, re-sync %.2f s%n",
                        history, i + 1, copy, engine, resync);
                rounds[i] = new double[] {copy, engine, resync};
            }
        }
        return new double[] {median(rounds, r -> r[0]), median(rounds, r -> r[1]), median(rounds, r -> r[2])};
    }

    private static String line(String what, double seconds, int count) {
        return String.format(Locale.ROOT, "%-82s %7.2f s %,10.0f rows/s", what, seconds, count / seconds);
    }

    @FunctionalInterface
    private interface Write {
        long into(BenchLedger ledger) throws Exception;
    }
}
