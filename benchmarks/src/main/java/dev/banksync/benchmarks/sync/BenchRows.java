package dev.banksync.benchmarks.sync;

import dev.banksync.batch.ledger.LedgerTransaction;
import dev.banksync.batch.ledger.TransactionIds;
import dev.banksync.batch.reconcile.IncomingChange;
import dev.banksync.batch.reconcile.IncomingTransaction;
import dev.banksync.core.event.TransactionEvent.TransactionStatus;
import dev.banksync.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The rows every contender writes: {@code count} posted card transactions spread over the first
 * {@code accounts} accounts of the benchmark ledger, booked after any history, deterministic from a seed. They
 * exist both as the engine's incoming changes and as the ledger rows a plain writer inserts.
 */
final class BenchRows {

    static final String SOURCE = "api:bench";
    /** One of the rows' merchants. */
    static final String RESTAURANT = "THE GOOD PLATE";
    private static final String[] MERCHANTS = {"BLUE BOTTLE COFFEE", "TESCO STORES", "SHELL OIL", "AMAZON MKTPLACE",
            "UBER TRIP", "NETFLIX.COM", "WHOLE FOODS", "CITY PARKING", "SPOTIFY", RESTAURANT};

    final List<IncomingTransaction> incoming;

    private BenchRows(List<IncomingTransaction> incoming) {
        this.incoming = incoming;
    }

    /** @param batchName distinguishes the external ids of row sets written into the same ledger */
    static BenchRows generate(int count, int accounts, long seed, String batchName) {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate start = LocalDate.of(2026, 1, 1);
        List<IncomingTransaction> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int account = random.nextInt(accounts);
            String merchant = MERCHANTS[random.nextInt(MERCHANTS.length)];
            rows.add(new IncomingTransaction(BenchLedger.accountId(account), BenchLedger.userId(account),
                    batchName + "-" + i,
                    null, TransactionStatus.POSTED, start.plusDays(random.nextInt(60)), null, null,
                    Money.ofMinor(-(100 + random.nextInt(20_000)), "USD"),
                    "POS " + random.nextInt(10_000) + " " + merchant + " #" + random.nextInt(500), merchant,
                    "5814"));
        }
        return new BenchRows(rows);
    }

    int size() {
        return incoming.size();
    }

    List<IncomingChange> changes(int from, int to) {
        List<IncomingChange> changes = new ArrayList<>(to - from);
        for (IncomingTransaction t : incoming.subList(from, to)) {
            changes.add(new IncomingChange.Upsert(t));
        }
        return changes;
    }

    /** The ledger row the engine would create for each incoming transaction. */
    List<LedgerTransaction> ledgerRows() {
        return incoming.stream().map(t -> new LedgerTransaction(
                TransactionIds.transactionId(t.accountId(), SOURCE, t.externalId()), t.userId(), t.accountId(),
                SOURCE, t.externalId(), t.status(), t.bookingDate(), t.valueDate(), t.amount(), t.description(),
                t.merchant(), t.mcc(), null, 1)).toList();
    }
}
