package dev.banksync.benchmarks.anomaly;

import dev.banksync.core.event.AlertEvent;
import dev.banksync.core.event.AlertEvent.AlertKind;
import dev.banksync.core.event.TransactionEvent;
import dev.banksync.core.event.TransactionEvent.EventType;
import dev.banksync.core.event.TransactionEvent.TransactionStatus;
import dev.banksync.ml.anomaly.AnomalyFeatures;
import dev.banksync.ml.anomaly.Payment;
import dev.banksync.ml.anomaly.PaymentHistory;
import dev.banksync.sandbox.SandboxBank;
import dev.banksync.sandbox.SandboxConfig;
import dev.banksync.sandbox.connection.Connection;
import dev.banksync.sandbox.truth.GroundTruth;
import dev.banksync.sandbox.truth.TruthTransaction;
import dev.banksync.stream.anomaly.AnomalyDetector;
import dev.banksync.stream.anomaly.AnomalySettings;
import dev.banksync.stream.anomaly.ForeignAmount;
import dev.banksync.stream.anomaly.InMemoryAnomalyState;
import dev.banksync.stream.categorise.CategorisedTransaction;
import dev.banksync.stream.categorise.DecidedBy;
import dev.banksync.stream.categorise.MerchantNormaliser;
import dev.banksync.stream.recurring.InMemoryRecurringState;
import dev.banksync.stream.recurring.RecurringTracker;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays the sandbox bank's users through the stream job's statistical detectors and, side by side, the learned
 * model's feature extraction, exactly as {@code stream.AnomalyScoring} does for the detectors alone: every
 * connection's final ledger in booking-date order, each transaction with its true category, merchant keys from
 * ml-models' normaliser, the spend currency from the statement line as the stream reads it.
 */
final class SandboxPayments {

    private SandboxPayments() {
    }

    static List<SandboxPayment> replay(int users, long seed) {
        List<SandboxPayment> out = new ArrayList<>();
        MerchantNormaliser normaliser = new MerchantNormaliser();
        AnomalySettings settings = AnomalySettings.DEFAULTS;
        try (SandboxBank bank = SandboxBank.start(SandboxConfig.defaults().withUsers(users).withSeed(seed))) {
            for (Connection connection : bank.connections()) {
                GroundTruth truth = bank.groundTruth(connection.connectionId());
                AnomalyDetector detector = new AnomalyDetector(settings);
                RecurringTracker recurring = new RecurringTracker(settings.priceIncrease(),
                        settings.priceIncreasePercent());
                InMemoryAnomalyState anomalyState = new InMemoryAnomalyState();
                InMemoryRecurringState recurringState = new InMemoryRecurringState();
                PaymentHistory history = new PaymentHistory();
                Map<String, EnumSet<AlertKind>> kindsById = new HashMap<>();
                List<TruthTransaction> ledger = new ArrayList<>(truth.transactions().toList());
                ledger.sort(Comparator.comparing(TruthTransaction::date).thenComparing(TruthTransaction::transactionId));
                for (TruthTransaction t : ledger) {
                    CategorisedTransaction decision = decided(truth.userId(), t, normaliser);
                    List<AlertEvent> alerts = new ArrayList<>(detector.apply(decision, anomalyState));
                    alerts.addAll(recurring.apply(decision, truth.asOf(), recurringState).alerts());
                    // An alert may be about an earlier payment (a duplicate that arrived before its original):
                    // each payment's set of kinds stays open until the replay ends.
                    EnumSet<AlertKind> kinds = kindsById.computeIfAbsent(t.transactionId(),
                            id -> EnumSet.noneOf(AlertKind.class));
                    alerts.forEach(a -> kindsById.computeIfAbsent(a.transactionId(),
                            id -> EnumSet.noneOf(AlertKind.class)).add(a.kind()));
                    Payment payment = payment(decision);
                    double[] features = payment.isOutflow() ? AnomalyFeatures.of(payment, history) : null;
                    history.add(payment);
                    out.add(new SandboxPayment(payment, t.anomaly(), kinds, features));
                }
            }
        }
        return out;
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

    /** What the learned model reads of the same decision: the stream would build it from the same fields. */
    private static Payment payment(CategorisedTransaction decision) {
        TransactionEvent e = decision.event();
        return new Payment(e.transactionId(), e.bookingDate(), e.amountMinor(), e.currency(),
                ForeignAmount.currencyIn(e.description(), e.currency()), decision.category(), decision.merchantKey());
    }
}
