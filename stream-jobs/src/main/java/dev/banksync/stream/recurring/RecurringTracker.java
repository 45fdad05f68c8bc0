package dev.banksync.stream.recurring;

import static dev.banksync.stream.alert.Alerts.money;

import dev.banksync.core.event.AlertEvent;
import dev.banksync.core.event.AlertEvent.AlertKind;
import dev.banksync.core.event.TransactionEvent;
import dev.banksync.stream.alert.Alerts;
import dev.banksync.stream.categorise.CategorisedTransaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps one user's candidate streams (per direction, normalised merchant and currency) exact under modifications,
 * removals and pending→posted replacement, re-detects the streams a change touches, and reports the rows that
 * changed. A new latest payment of a live outflow stream above its previous amount by the configured percentage
 * raises a subscription price increase alert (once per transaction).
 */
public final class RecurringTracker {

    /** What one change produced. */
    public record Changes(List<RecurringStreamRow> rows, List<AlertEvent> alerts) {
    }

    static final double MAX_PRICE_INCREASE_PERCENT = 50;

    private final RecurringDetector detector = new RecurringDetector();
    private final boolean priceAlerts;
    private final double priceIncreasePercent;

    public RecurringTracker(boolean priceAlerts, double priceIncreasePercent) {
        this.priceAlerts = priceAlerts;
        this.priceIncreasePercent = priceIncreasePercent;
    }

    public Changes apply(CategorisedTransaction decision, LocalDate today, RecurringState state) {
        TransactionEvent event = decision.event();
        TrackedOccurrence prior = state.tracked(event.transactionId());
        if (prior != null && (event.version() <= prior.version() || prior.superseded())) {
            return new Changes(List.of(), List.of());
        }
        // The streams this change touches, each read once and written once (a write serialises the whole stream).
        Map<String, StreamHistory> touched = new LinkedHashMap<>();
        boolean alerted = prior != null && prior.priceAlerted();
        if (prior != null && prior.streamKey() != null) {
            removeOccurrence(prior.streamKey(), event.transactionId(), state, touched);
        }
        List<AlertEvent> alerts = new ArrayList<>();
        String key = event.isRemoval() ? null : streamKey(decision);
        if (!event.isRemoval() && event.replaces() != null) {
            // The posted transaction is the pending's payment, settled: a price alert for the pending covers it.
            alerted |= supersede(event.replaces(), state, touched);
        }
        if (key != null) {
            StreamHistory stream = touched.containsKey(key) ? touched.get(key) : state.stream(key);
            if (stream == null) {
                stream = new StreamHistory();
                stream.direction = direction(event);
                stream.currency = event.currency();
            }
            // Judged as of this payment's own date, so backfills judge each payment in its time, not today's.
            boolean latest = stream.occurrences.isEmpty() || !stream.occurrences.get(stream.occurrences.size() - 1)
                    .bookingDate().isAfter(event.bookingDate());
            Occurrence previous = latest && !stream.occurrences.isEmpty()
                    ? stream.occurrences.get(stream.occurrences.size() - 1) : null;
            RecurringPattern before = latest && !alerted && priceAlerts && event.amountMinor() < 0
                    ? detector.detect(stream.occurrences, event.bookingDate()) : null;
            stream.put(new Occurrence(event.transactionId(), event.bookingDate(), event.amountMinor()));
            if (stream.isLatest(event.transactionId())) {
                stream.merchant = decision.merchant() != null ? decision.merchant() : decision.merchantKey();
                stream.category = decision.category();
                AlertEvent alert = alerted ? null : priceIncrease(decision, before, previous);
                if (alert != null) {
                    alerts.add(alert);
                    alerted = true;
                }
            }
            touched.put(key, stream);
        }
        state.putTracked(event.transactionId(), new TrackedOccurrence(event.version(), key, false, alerted));
        List<RecurringStreamRow> rows = new ArrayList<>();
        touched.forEach((streamKey, stream) -> evaluate(event.userId(), streamKey, stream, today, state, rows));
        return new Changes(rows, alerts);
    }

    /** Re-detects every stream of the user as of {@code today} (status moves to STOPPED as time passes). */
    public List<RecurringStreamRow> refresh(String userId, LocalDate today, RecurringState state) {
        List<String> keys = new ArrayList<>();
        state.streamKeys().forEach(keys::add);
        List<RecurringStreamRow> rows = new ArrayList<>();
        for (String key : keys) {
            StreamHistory stream = state.stream(key);
            if (stream != null) {
                evaluate(userId, key, stream, today, state, rows);
            }
        }
        return rows;
    }

    /** When a live stream's status would next change by time alone: the day after its grace period. */
    public static LocalDate nextCheck(RecurringStreamRow row) {
        return row.predictedNextDate().plusDays(Frequency.valueOf(row.frequency()).graceDays() + 1L);
    }

    /** Re-detects {@code stream}, reports its row if that changed, and stores the stream (its only write). */
    private void evaluate(String userId, String key, StreamHistory stream, LocalDate today, RecurringState state,
                          List<RecurringStreamRow> rows) {
        RecurringPattern pattern = detector.detect(stream.occurrences, today);
        RecurringStreamRow row = pattern == null ? null : RecurringStreamRow.of(userId, key, stream, pattern);
        if (row == null && stream.lastRow != null) {
            rows.add(stream.lastRow.deleted());
        } else if (row != null && !row.equals(stream.lastRow)) {
            rows.add(row);
        }
        stream.lastRow = row;
        if (stream.occurrences.isEmpty()) {
            state.removeStream(key);
        } else {
            state.putStream(key, stream);
        }
    }

    /**
     * A price increase: the payment is above the previous one of a live stream, or — for a media, software or
     * membership charge seen only once before, as happens in a short history — above a payment on the same day of
     * the previous month. Monthly
     * bills move with weekends, so "same day" allows 3 days; a jump beyond +50 % is a different purchase, not a
     * new price.
     */
    private AlertEvent priceIncrease(CategorisedTransaction decision, RecurringPattern before, Occurrence previous) {
        TransactionEvent event = decision.event();
        if (!priceAlerts || event.amountMinor() >= 0 || previous == null || previous.amountMinor() >= 0) {
            return null;
        }
        boolean live = before != null && before.status() != RecurringStatus.STOPPED;
        long gap = event.bookingDate().toEpochDay() - previous.bookingDate().toEpochDay();
        boolean monthAfter = gap >= 26 && gap <= 35 && isSubscriptionLike(decision.category())
                && Math.abs(event.bookingDate().getDayOfMonth() - previous.bookingDate().getDayOfMonth()) <= 3;
        if (!live && !monthAfter) {
            return null;
        }
        long was = -(live ? before.lastAmountMinor() : previous.amountMinor());
        long now = -event.amountMinor();
        double increase = 100.0 * (now - was) / was;
        if (increase < priceIncreasePercent || increase > MAX_PRICE_INCREASE_PERCENT) {
            return null;
        }
        String rhythm = live ? before.frequency().name().toLowerCase(Locale.ROOT).replace('_', '-') : "monthly";
        return Alerts.of(AlertKind.SUBSCRIPTION_PRICE_INCREASE, event.userId(), "txn:" + event.transactionId(),
                event.transactionId(), decision.category(), event.amountMinor(), event.currency(), increase / 100,
                String.format(Locale.ROOT, "%s %s went up from %s to %s (+%.1f %%)", rhythm,
                        decision.merchant() != null ? decision.merchant() : decision.merchantKey(),
                        money(was, event.currency()), money(now, event.currency()), increase),
                event.emittedAt());
    }

    /** Media, software and memberships: where a monthly charge at a new amount is a new price, not a new basket. */
    private static boolean isSubscriptionLike(String category) {
        return category != null && (category.startsWith("ENTERTAINMENT") || category.startsWith("GENERAL_SERVICES"));
    }

    private static void removeOccurrence(String key, String transactionId, RecurringState state,
                                         Map<String, StreamHistory> touched) {
        StreamHistory stream = touched.containsKey(key) ? touched.get(key) : state.stream(key);
        if (stream != null) {
            stream.remove(transactionId);
            touched.put(key, stream);
        }
    }

    /** Marks the pending superseded for good; returns whether a price increase was alerted for it. */
    private static boolean supersede(String pendingId, RecurringState state, Map<String, StreamHistory> touched) {
        TrackedOccurrence pending = state.tracked(pendingId);
        if (pending != null && pending.streamKey() != null) {
            removeOccurrence(pending.streamKey(), pendingId, state, touched);
        }
        boolean alerted = pending != null && pending.priceAlerted();
        state.putTracked(pendingId, new TrackedOccurrence(pending == null ? 0 : pending.version(), null, true,
                alerted));
        return alerted;
    }

    private static String streamKey(CategorisedTransaction decision) {
        TransactionEvent event = decision.event();
        if (decision.merchantKey().isEmpty() || event.amountMinor() == 0) {
            return null;
        }
        return direction(event) + ':' + decision.merchantKey() + ':' + event.currency();
    }

    private static String direction(TransactionEvent event) {
        return event.amountMinor() < 0 ? "OUTFLOW" : "INFLOW";
    }
}
