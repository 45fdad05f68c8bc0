package dev.banksync.benchmarks.stream;

import dev.banksync.core.event.AlertEvent;
import dev.banksync.core.event.AlertEvent.AlertKind;
import dev.banksync.core.event.TransactionEvent;
import dev.banksync.core.event.TransactionEvent.EventType;
import dev.banksync.core.event.TransactionEvent.TransactionStatus;
import dev.banksync.sandbox.SandboxBank;
import dev.banksync.sandbox.SandboxConfig;
import dev.banksync.sandbox.connection.Connection;
import dev.banksync.sandbox.ledger.AnomalyKind;
import dev.banksync.sandbox.truth.GroundTruth;
import dev.banksync.sandbox.truth.TruthTransaction;
import dev.banksync.stream.anomaly.AnomalyDetector;
import dev.banksync.stream.anomaly.AnomalySettings;
import dev.banksync.stream.anomaly.InMemoryAnomalyState;
import dev.banksync.stream.categorise.CategorisedTransaction;
import dev.banksync.stream.categorise.DecidedBy;
import dev.banksync.stream.categorise.MerchantNormaliser;
import dev.banksync.stream.recurring.InMemoryRecurringState;
import dev.banksync.stream.recurring.RecurringTracker;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores the stream job's anomaly detectors against the sandbox bank's ground truth: every connection's final ledger
 * goes through {@link AnomalyDetector} and {@link RecurringTracker} in booking-date order (each transaction with its
 * true category, so that categorisation errors do not blur the detectors' score), and the alerts are matched by
 * transaction id with the anomalies the sandbox injected. Prints precision and recall per kind. Arguments:
 * {@code [users] [seed] [anomaly settings as for --anomalies]} (default 200 42, the job's defaults).
 */
public final class AnomalyScoring {

    /** The sandbox's names for what our kinds look for; velocity bursts have no ground truth there. */
    private static final Map<AlertKind, AnomalyKind> TRUTH = Map.of(
            AlertKind.UNUSUAL_AMOUNT, AnomalyKind.LARGE_AMOUNT,
            AlertKind.DUPLICATE_CHARGE, AnomalyKind.DUPLICATE_CHARGE,
            AlertKind.LARGE_FIRST_TIME_MERCHANT, AnomalyKind.NEW_MERCHANT_LARGE,
            AlertKind.SUBSCRIPTION_PRICE_INCREASE, AnomalyKind.PRICE_HIKE,
            AlertKind.UNUSUAL_CURRENCY_OR_COUNTRY, AnomalyKind.FOREIGN_CURRENCY);

    private AnomalyScoring() {
    }

    public static void main(String[] args) {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        Map<AlertKind, Set<String>> found = new EnumMap<>(AlertKind.class);
        Map<AnomalyKind, Set<String>> planted = new EnumMap<>(AnomalyKind.class);
        MerchantNormaliser normaliser = new MerchantNormaliser();
        AnomalySettings settings = AnomalySettings.parse(args.length > 2 ? args[2] : "");
        int transactions = 0;
        try (SandboxBank bank = SandboxBank.start(SandboxConfig.defaults().withUsers(users).withSeed(seed))) {
            for (Connection connection : bank.connections()) {
                GroundTruth truth = bank.groundTruth(connection.connectionId());
                AnomalyDetector detector = new AnomalyDetector(settings);
                RecurringTracker recurring = new RecurringTracker(settings.priceIncrease(),
                        settings.priceIncreasePercent());
                InMemoryAnomalyState anomalyState = new InMemoryAnomalyState();
                InMemoryRecurringState recurringState = new InMemoryRecurringState();
                List<TruthTransaction> ledger = new ArrayList<>(truth.transactions().toList());
                ledger.sort(Comparator.comparing(TruthTransaction::date).thenComparing(TruthTransaction::transactionId));
                for (TruthTransaction t : ledger) {
                    transactions++;
                    if (t.anomaly() != null) {
                        planted.computeIfAbsent(t.anomaly(), k -> new HashSet<>()).add(t.transactionId());
                    }
                    CategorisedTransaction decision = decided(truth.userId(), t, normaliser);
                    List<AlertEvent> alerts = new ArrayList<>(detector.apply(decision, anomalyState));
                    alerts.addAll(recurring.apply(decision, truth.asOf(), recurringState).alerts());
                    for (AlertEvent alert : alerts) {
                        found.computeIfAbsent(alert.kind(), k -> new HashSet<>()).add(alert.transactionId());
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d sandbox users (seed %d), %d transactions%n", users, seed, transactions);
        System.out.println("| kind | sandbox truth | planted | found | true positives | precision | recall |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (AlertKind kind : AlertKind.values()) {
            if (kind.name().startsWith("BUDGET_")) {
                continue;
            }
            Set<String> ours = found.getOrDefault(kind, Set.of());
            AnomalyKind theirs = TRUTH.get(kind);
            if (theirs == null) {
                System.out.printf(Locale.ROOT, "| %s | (none) | – | %d | – | – | – |%n", kind, ours.size());
                continue;
            }
            Set<String> truthIds = planted.getOrDefault(theirs, Set.of());
            Set<String> hits = new HashSet<>(ours);
            hits.retainAll(truthIds);
            System.out.printf(Locale.ROOT, "| %s | %s | %d | %d | %d | %s | %s |%n", kind, theirs, truthIds.size(),
                    ours.size(), hits.size(), ratio(hits.size(), ours.size()), ratio(hits.size(), truthIds.size()));
        }
    }

    /** The transaction as the stream would see it: a posted (or pending) upsert with its true category. */
    private static CategorisedTransaction decided(String userId, TruthTransaction t, MerchantNormaliser normaliser) {
        String text = t.merchantName() != null ? t.merchantName() : t.name();
        MerchantNormaliser.Merchant merchant = normaliser.normalise(text);
        TransactionEvent event = new TransactionEvent(t.transactionId() + "-v1", EventType.UPSERT, t.transactionId(),
                1, userId, t.accountId(), "sandbox", t.pending() ? TransactionStatus.PENDING : TransactionStatus.POSTED,
                t.date(), t.date(), t.amountMinor(), t.currency(), t.name(), t.merchantName(), null, null,
                (t.authorizedDate() != null ? t.authorizedDate() : t.date()).atTime(12, 0).toInstant(ZoneOffset.UTC),
                null, null, t.authorizedAt());
        return new CategorisedTransaction(event, t.category(), 1.0, false, merchant.name(), merchant.key(),
                DecidedBy.MODEL, "truth", null);
    }

    private static String ratio(int part, int whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.2f", (double) part / whole);
    }
}
