package dev.banksync.stream.anomaly;

import static dev.banksync.stream.alert.Alerts.money;

import dev.banksync.core.event.AlertEvent;
import dev.banksync.core.event.AlertEvent.AlertKind;
import dev.banksync.core.event.TransactionEvent;
import dev.banksync.stream.alert.Alerts;
import dev.banksync.stream.categorise.CategorisedTransaction;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The per-payment anomaly checks, each switchable and tuned by {@link AnomalySettings}. They read the user's
 * history as it was before this payment; {@link AnomalyDetector} keeps that history. Scores: the robust z-score
 * for amounts, the multiple of the usual for bursts and first-time merchants, 1 for a duplicate or a new currency.
 */
final class AnomalyChecks {

    /** How far apart two bookings of one charge may land: a duplicate often posts a day or two after the first. */
    static final int DUPLICATE_DAYS = 3;
    /** What "the usual high end" of a user's payments means: their 90th percentile (tuned on the sandbox). */
    static final double HIGH_QUANTILE = 0.9;

    private final AnomalySettings settings;

    AnomalyChecks(AnomalySettings settings) {
        this.settings = settings;
    }

    /** Adds the alerts this outflow raises to {@code alerts}; returns the kinds fired for it so far. */
    int run(CategorisedTransaction decision, SeenCharge charge, boolean firstVersion, PaymentHistory history,
            AnomalyState state, UserActivity activity, List<AlertEvent> alerts) {
        int fired = charge.firedKinds();
        boolean spending = isSpending(charge.category());
        if (spending && settings.unusualAmount() && !firedAlready(fired, AlertKind.UNUSUAL_AMOUNT)) {
            fired = record(fired, alerts, unusualAmount(decision, charge, history));
        }
        if (settings.duplicateCharge() && !firedAlready(fired, AlertKind.DUPLICATE_CHARGE)) {
            RecentCharge twin = twin(decision, charge, history, activity);
            if (twin != null && twin.happenedMillis() > RecentCharge.happenedAtMillis(decision.event())) {
                // This one was authorised first: the repeat is the twin, which only now has its original.
                repeatedEarlier(decision, twin, state).ifPresent(alerts::add);
            } else if (twin != null) {
                fired = record(fired, alerts, duplicate(decision, charge, decision.event().transactionId(),
                        twin.transactionId(), authorisedApart(decision, twin)));
            }
        }
        if (settings.velocityBurst()) {
            fired = record(fired, alerts, velocity(decision, charge, activity));
        }
        if (spending && firstVersion && settings.firstTimeMerchant()) {
            fired = record(fired, alerts, firstTimeMerchant(decision, charge, history, state, activity));
        }
        if (firstVersion && settings.unusualCurrency()) {
            fired = record(fired, alerts, unusualCurrency(decision, charge, activity));
        }
        return fired;
    }

    private AlertEvent unusualAmount(CategorisedTransaction decision, SeenCharge charge, PaymentHistory history) {
        long[] past = history.amounts() == null ? new long[0]
                : history.amounts().magnitudesExcept(decision.event().transactionId());
        if (past.length < settings.unusualAmountMinSamples()) {
            return null;
        }
        long amount = -charge.amountMinor();
        double median = RobustStats.median(past);
        double z = RobustStats.robustZ(amount, median, RobustStats.mad(past, median));
        // Spending is heavy-tailed: beyond the robust score, the amount must also dwarf the usual high end.
        long high = RobustStats.quantile(past, HIGH_QUANTILE);
        if (z < settings.unusualAmountZ() || amount < settings.unusualAmountRatio() * high) {
            return null;
        }
        return alert(AlertKind.UNUSUAL_AMOUNT, decision, charge, z, String.format(Locale.ROOT,
                "%s%s is %.1f times your usual %s for %s and %.1f times your largest usual (robust z %.1f over %d"
                        + " payments)", money(amount, charge.currency()), at(decision), amount / median,
                money(Math.round(median), charge.currency()), charge.category(), (double) amount / high, z,
                past.length));
    }

    /**
     * An earlier-seen recent payment that is the same charge as this one: same merchant, amount and currency, booked
     * within {@link #DUPLICATE_DAYS} and authorised (else seen) within the configured window. Null when none.
     */
    private RecentCharge twin(CategorisedTransaction decision, SeenCharge charge, PaymentHistory history,
                              UserActivity activity) {
        MerchantPayments sameMerchant = history.merchant();
        if (charge.merchantKey().isEmpty() || sameMerchant == null) {
            return null;
        }
        long happened = RecentCharge.happenedAtMillis(decision.event());
        long window = settings.duplicateWindow().toMillis();
        long horizon = activity.horizon();
        for (RecentCharge other : sameMerchant.recent) {
            if (other.epochDay() > horizon && Math.abs(other.epochDay() - charge.epochDay()) <= DUPLICATE_DAYS
                    && other.amountMinor() == charge.amountMinor()
                    && other.currency().equals(charge.currency()) && other.merchantKey().equals(charge.merchantKey())
                    && Math.abs(other.happenedMillis() - happened) <= window
                    && !other.transactionId().equals(decision.event().transactionId())) {
                return other;
            }
        }
        return null;
    }

    /**
     * The alert on {@code repeatId} (described by {@code charge}), the later of two same charges; {@code apart} says
     * how far apart both were authorised, when both authorisation times are known (else empty).
     */
    private static AlertEvent duplicate(CategorisedTransaction decision, SeenCharge charge, String repeatId,
                                        String originalId, String apart) {
        TransactionEvent event = decision.event();
        return Alerts.of(AlertKind.DUPLICATE_CHARGE, event.userId(), "txn:" + repeatId, repeatId, charge.category(),
                charge.amountMinor(), charge.currency(), 1.0, String.format(Locale.ROOT,
                        "%s%s charged twice (booked %s): the same amount as transaction %s%s",
                        money(-charge.amountMinor(), charge.currency()), at(decision),
                        LocalDate.ofEpochDay(charge.epochDay()), originalId, apart), event.emittedAt());
    }

    /** ", authorised 4 min apart" when both charges' authorisation times are known, else "". */
    private static String authorisedApart(CategorisedTransaction decision, RecentCharge twin) {
        if (!twin.authorised() || decision.event().authorizedAt() == null) {
            return "";
        }
        long seconds = Math.abs(decision.event().authorizedAt().toEpochMilli() - twin.happenedMillis()) / 1000;
        return seconds < 60 ? String.format(Locale.ROOT, ", authorised %d s apart", seconds)
                : String.format(Locale.ROOT, ", authorised %d min apart", Math.round(seconds / 60.0));
    }

    /**
     * The twin (already seen, authorised after this payment) is the repeat: it is alerted now, once — its own record
     * keeps that the duplicate alert fired for it, so a later version of it does not repeat the alert.
     */
    private static Optional<AlertEvent> repeatedEarlier(CategorisedTransaction decision, RecentCharge twin,
                                                        AnomalyState state) {
        SeenCharge repeat = state.seen(twin.transactionId());
        if (repeat == null || !repeat.active() || firedAlready(repeat.firedKinds(), AlertKind.DUPLICATE_CHARGE)) {
            return Optional.empty();
        }
        state.putSeen(twin.transactionId(),
                repeat.withFired(repeat.firedKinds() | (1 << AlertKind.DUPLICATE_CHARGE.ordinal())));
        return Optional.of(duplicate(decision, repeat, twin.transactionId(), decision.event().transactionId(),
                authorisedApart(decision, twin)));
    }

    private AlertEvent velocity(CategorisedTransaction decision, SeenCharge charge, UserActivity activity) {
        if (activity.velocityAlertDays.contains(charge.epochDay())) {
            return null;
        }
        // The payment being judged is not counted yet (the detector remembers it after the checks).
        int today = activity.paymentsPerDay.getOrDefault(charge.epochDay(), 0) + 1;
        long[] otherDays = new long[activity.paymentsPerDay.size()];
        int n = 0;
        for (Map.Entry<Long, Integer> day : activity.paymentsPerDay.entrySet()) {
            if (day.getKey() != charge.epochDay()) {
                otherDays[n++] = day.getValue();
            }
        }
        otherDays = Arrays.copyOf(otherDays, n);
        double usual = otherDays.length == 0 ? 1 : RobustStats.median(otherDays);
        if (today < settings.velocityMinCount() || today < settings.velocityFactor() * usual) {
            return null;
        }
        activity.velocityAlertDays.add(charge.epochDay());
        LocalDate day = LocalDate.ofEpochDay(charge.epochDay());
        return Alerts.of(AlertKind.VELOCITY_BURST, decision.userId(), "day:" + day,
                decision.event().transactionId(), null, null, null, today / usual, String.format(Locale.ROOT,
                        "%d payments on %s, against a usual %.1f per active day", today, day, usual),
                decision.event().emittedAt());
    }

    private AlertEvent firstTimeMerchant(CategorisedTransaction decision, SeenCharge charge, PaymentHistory history,
                                         AnomalyState state, UserActivity activity) {
        if (charge.merchantKey().isEmpty() || activity.transactionCount < settings.minHistory()) {
            return null;
        }
        Long first = history.firstPaymentDay();
        if (first != null && first <= charge.epochDay()) {
            return null;
        }
        long[] sameCurrency = recentMagnitudes(state, charge.currency(), activity.horizon());
        if (sameCurrency.length == 0) {
            return null;
        }
        long amount = -charge.amountMinor();
        long usualHigh = RobustStats.quantile(sameCurrency, HIGH_QUANTILE);
        double multiple = (double) amount / Math.max(usualHigh, 1);
        if (multiple < settings.firstTimeMerchantFactor()) {
            return null;
        }
        return alert(AlertKind.LARGE_FIRST_TIME_MERCHANT, decision, charge, multiple, String.format(Locale.ROOT,
                "First payment to %s: %s, %.1f times your usual larger payments (%s)", merchantName(decision),
                money(amount, charge.currency()), multiple, money(usualHigh, charge.currency())));
    }

    /** The user's recent payments in {@code currency}, as positive amounts. */
    private static long[] recentMagnitudes(AnomalyState state, String currency, long horizon) {
        long[] magnitudes = new long[16];
        int n = 0;
        for (MerchantPayments merchant : state.merchants()) {
            for (RecentCharge c : merchant.recent) {
                if (c.epochDay() > horizon && c.currency().equals(currency)) {
                    if (n == magnitudes.length) {
                        magnitudes = Arrays.copyOf(magnitudes, n * 2);
                    }
                    magnitudes[n++] = -c.amountMinor();
                }
            }
        }
        return Arrays.copyOf(magnitudes, n);
    }

    private AlertEvent unusualCurrency(CategorisedTransaction decision, SeenCharge charge, UserActivity activity) {
        if (activity.transactionCount < settings.minHistory()
                || activity.currencyCounts.getOrDefault(charge.spendCurrency(), 0) > 0) {
            return null;
        }
        return alert(AlertKind.UNUSUAL_CURRENCY_OR_COUNTRY, decision, charge, 1.0, String.format(Locale.ROOT,
                "First payment in %s%s after %d transactions in %s", charge.spendCurrency(), at(decision),
                activity.transactionCount, String.join("/", new java.util.TreeSet<>(activity.currencyCounts.keySet()))));
    }

    /**
     * Money moved between the user's own accounts or to lenders (card bill payments, transfers, loan instalments) is
     * not spending: its size says nothing about fraud or surprises, so amount-based checks leave it alone.
     */
    static boolean isSpending(String category) {
        if (category == null) {
            return true;
        }
        return !category.startsWith("TRANSFER_IN") && !category.startsWith("TRANSFER_OUT")
                && !category.startsWith("LOAN_PAYMENTS");
    }

    private static AlertEvent alert(AlertKind kind, CategorisedTransaction decision, SeenCharge charge, double score,
                                    String reason) {
        TransactionEvent event = decision.event();
        return Alerts.of(kind, event.userId(), "txn:" + event.transactionId(), event.transactionId(),
                charge.category(), charge.amountMinor(), charge.currency(), score, reason, event.emittedAt());
    }

    private static int record(int fired, List<AlertEvent> alerts, AlertEvent alert) {
        if (alert == null) {
            return fired;
        }
        alerts.add(alert);
        return fired | (1 << alert.kind().ordinal());
    }

    private static boolean firedAlready(int fired, AlertKind kind) {
        return (fired & (1 << kind.ordinal())) != 0;
    }

    private static String at(CategorisedTransaction decision) {
        return decision.merchant() == null ? "" : " at " + decision.merchant();
    }

    private static String merchantName(CategorisedTransaction decision) {
        return decision.merchant() != null ? decision.merchant() : decision.merchantKey();
    }
}
