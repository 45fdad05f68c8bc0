package dev.banksync.stream.anomaly;

import dev.banksync.core.event.AlertEvent;
import dev.banksync.core.event.TransactionEvent;
import dev.banksync.stream.categorise.CategorisedTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds one user's anomalies as their transactions arrive, in any order: it keeps what each transaction added to
 * the user's history (by booking date), takes it out again on a modification, removal or pending→posted
 * replacement, ignores replays of a version it has seen, and asks {@link AnomalyChecks} about each new or changed
 * payment. Each alert kind fires at most once per transaction — a posted transaction and the pending it replaces
 * count as one — and a velocity burst once per user and day.
 */
public final class AnomalyDetector {

    private final AnomalyChecks checks;

    public AnomalyDetector(AnomalySettings settings) {
        this.checks = new AnomalyChecks(Objects.requireNonNull(settings, "settings"));
    }

    public List<AlertEvent> apply(CategorisedTransaction decision, AnomalyState state) {
        TransactionEvent event = decision.event();
        SeenCharge prior = state.seen(event.transactionId());
        if (prior != null && (event.version() <= prior.version() || prior.superseded())) {
            return List.of(); // a replay, a stale version, or a pending its posted transaction already replaced
        }
        UserActivity activity = state.activity();
        if (prior != null) {
            forget(event.transactionId(), prior, state, activity);
        }
        if (event.isRemoval()) {
            state.putSeen(event.transactionId(), prior == null
                    ? new SeenCharge(event.version(), false, false, 0, null, null, null, 0, "", 0)
                    : prior.inactive(event.version()));
            state.putActivity(activity);
            return List.of();
        }
        int firedBefore = prior == null ? 0 : prior.firedKinds();
        if (event.replaces() != null) {
            // The posted transaction is the pending's payment, settled: what was alerted for it is not alerted again.
            firedBefore |= supersede(event.replaces(), state, activity);
        }
        String foreign = ForeignAmount.currencyIn(event.description(), event.currency());
        SeenCharge charge = new SeenCharge(event.version(), true, false, event.amountMinor(), event.currency(),
                foreign != null ? foreign : event.currency(), decision.category(), event.bookingDate().toEpochDay(),
                decision.merchantKey(), firedBefore);
        List<AlertEvent> alerts = new ArrayList<>();
        PaymentHistory history = charge.isOutflow() ? PaymentHistory.read(charge, state) : null;
        int fired = history != null
                ? checks.run(decision, charge, prior == null, history, state, activity, alerts) : charge.firedKinds();
        remember(event, charge, history, state, activity);
        state.putSeen(event.transactionId(), charge.withFired(fired));
        state.putActivity(activity);
        return alerts;
    }

    private static void remember(TransactionEvent event, SeenCharge charge, PaymentHistory history,
                                 AnomalyState state, UserActivity activity) {
        activity.transactionCount++;
        activity.countCurrency(charge.spendCurrency(), 1);
        if (history == null) {
            activity.seeDay(charge.epochDay());
            return;
        }
        AmountHistory amounts = history.amounts() != null ? history.amounts() : new AmountHistory();
        amounts.add(new AmountSample(event.transactionId(), charge.epochDay(), -charge.amountMinor()));
        state.putHistory(historyKey(charge), amounts);
        MerchantPayments merchant = history.merchant() != null ? history.merchant() : new MerchantPayments();
        boolean changed = false;
        if (activity.countPayment(charge.epochDay())) {
            merchant.add(RecentCharge.of(event, charge), activity.horizon());
            changed = true;
        }
        if (!charge.merchantKey().isEmpty()) {
            changed |= merchant.seeFirstPayment(charge.epochDay());
        }
        if (changed) {
            state.putMerchant(charge.merchantKey(), merchant);
        }
    }

    /** Takes a transaction's earlier contribution out of the history (its first-payment day stays: it happened). */
    private static void forget(String transactionId, SeenCharge prior, AnomalyState state, UserActivity activity) {
        if (!prior.active()) {
            return;
        }
        activity.transactionCount--;
        activity.countCurrency(prior.spendCurrency(), -1);
        if (prior.isOutflow()) {
            String key = historyKey(prior);
            AmountHistory history = state.history(key);
            if (history != null) {
                history.remove(transactionId);
                state.putHistory(key, history);
            }
            activity.uncountPayment(prior.epochDay());
            MerchantPayments merchant = state.merchant(prior.merchantKey());
            if (merchant != null) {
                merchant.remove(transactionId, activity.horizon());
                state.putMerchant(prior.merchantKey(), merchant);
            }
        }
    }

    /** Marks the pending superseded for good and returns the alert kinds that fired for it. */
    private static int supersede(String pendingId, AnomalyState state, UserActivity activity) {
        SeenCharge pending = state.seen(pendingId);
        if (pending != null) {
            forget(pendingId, pending, state, activity);
        }
        state.putSeen(pendingId, pending == null ? SeenCharge.supersededPending()
                : new SeenCharge(pending.version(), false, true, 0, null, null, null, 0, "", pending.firedKinds()));
        return pending == null ? 0 : pending.firedKinds();
    }

    static String historyKey(SeenCharge charge) {
        return charge.category() + '|' + charge.currency();
    }
}
